/**
 * Bad content fails the build with the file path, the field and what was expected (issue “Bad
 * content”). Each case breaks one thing in a copy of the project, builds it, and puts it back.
 * A stub (no title) is not bad content: it builds, as a missing translation.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentFiles, entries, isTranslated, type PageCollection } from '../support/content.ts';
import { distFile, Page } from '../support/dist.ts';
import { ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy;
beforeAll(() => {
	copy = ProjectCopy.create();
});
afterAll(() => copy?.dispose());

/** The Japanese file of the first entry of a collection (content is derived, not hard-coded). */
const japanese = (collection: PageCollection) => {
	const file = contentFiles(collection).find((item) => item.locale === 'ja' && !item.stub);
	if (!file) throw new Error(`no Japanese ${collection} entry to break`);
	return file;
};
const setField = (name: string, value: string) => (source: string) => source.replace(new RegExp(`^${name}:.*$`, 'm'), `${name}: ${value}`);
const dropField = (name: string) => (source: string) => source.replace(new RegExp(`^${name}:.*\\n`, 'm'), '');
const addField = (line: string) => (source: string) => source.replace(/^---\n/, `---\n${line}\n`);

interface Case {
	name: string;
	break: () => { file: string };
	/** Strings the build output must contain, besides the file path. */
	expect: (file: string) => (string | RegExp)[];
}

const cases: Case[] = [
	{
		name: 'an invalid date (events start)',
		break: () => {
			const { file } = japanese('events');
			copy.edit(file, setField('start', '2022-13-45T99:00'));
			return { file };
		},
		expect: () => ['start', /date/i],
	},
	{
		name: 'an end before the start (events end)',
		break: () => {
			const { file, data } = japanese('events');
			copy.edit(file, setField('end', new Date(+new Date(data.start as string) - 3_600_000).toISOString()));
			return { file };
		},
		expect: () => ['end', /after start/],
	},
	{
		name: 'a wrong country code (stories country)',
		break: () => {
			const { file } = japanese('stories');
			copy.edit(file, setField('country', 'xx'));
			return { file };
		},
		expect: () => ['country', /expected one of/i, '"in"'],
	},
	{
		name: 'a wrong audience (programmes audience)',
		break: () => {
			const { file } = japanese('programmes');
			copy.edit(file, setField('audience', 'students'));
			return { file };
		},
		expect: () => ['audience', /expected one of/i, '"candidates"'],
	},
	{
		name: 'a missing required field (stories person)',
		break: () => {
			const { file } = japanese('stories');
			copy.edit(file, dropField('person'));
			return { file };
		},
		expect: () => ['person', /Required|expected string/i],
	},
	{
		name: 'a description over 200 characters (press description)',
		break: () => {
			const { file } = japanese('press');
			copy.edit(file, setField('description', 'あ'.repeat(201)));
			return { file };
		},
		expect: () => ['description', '200'],
	},
	{
		name: 'a key field that does not match the file name',
		break: () => {
			const { file, key } = japanese('programmes');
			copy.edit(file, setField('key', `${key}-renamed`));
			return { file };
		},
		expect: (file) => ['"key"', `${file.split('/').at(-1)!.replace(/\.mdx?$/, '')}`, /must match/],
	},
	{
		name: 'a `slug` field',
		break: () => {
			const { file } = japanese('pages');
			copy.edit(file, addField('slug: about-us'));
			return { file };
		},
		expect: () => ['"slug"', /not allowed/],
	},
	{
		name: 'a file name that is not a key',
		break: () => {
			const source = japanese('pages');
			const file = 'content/pages/ja/About_Us.mdx';
			copy.write(file, setField('key', 'About_Us')(copy.read(source.file)));
			return { file };
		},
		expect: () => ['About_Us', /not a valid key/, /lower-case/],
	},
	{
		name: 'a folder that is not a locale',
		break: () => {
			const source = japanese('pages');
			const file = `content/pages/fr/${source.key}.mdx`;
			copy.write(file, copy.read(source.file));
			return { file };
		},
		expect: () => ['"fr"', /not a locale/, 'ja, en, zh, ko'],
	},
	{
		name: 'an English entry without a Japanese source',
		break: () => {
			const source = contentFiles('stories').find((item) => item.locale === 'en' && !item.stub)!;
			const file = 'content/stories/en/orphan-without-japanese.mdx';
			copy.write(file, setField('key', 'orphan-without-japanese')(copy.read(source.file)));
			return { file };
		},
		expect: () => ['content/stories/ja/orphan-without-japanese.mdx', /Japanese/],
	},
	{
		name: 'a missing attachment file (press attachments)',
		break: () => {
			const { file } = japanese('press');
			copy.edit(file, (source) => source.replace(/(file:\s*)\/uploads\/\S+/, '$1/uploads/press/missing-leaflet.pdf'));
			return { file };
		},
		expect: () => ['attachments', 'missing-leaflet.pdf'],
	},
	{
		name: 'a missing photo (stories photo)',
		break: () => {
			const { file } = japanese('stories');
			copy.edit(file, setField('photo', '../../media/stories/nobody-uploaded-this.jpg'));
			return { file };
		},
		expect: () => ['photo', 'nobody-uploaded-this.jpg'],
	},
	{
		name: 'a wrong phone number in the settings',
		break: () => {
			const file = 'content/settings/site.yml';
			copy.edit(file, (source) => source.replace(/^phone:.*$/m, 'phone: 5320 4628'));
			return { file };
		},
		expect: () => ['phone', '03-5320-4628'],
	},
];

describe('bad content fails the build', () => {
	test.each(cases.map((item) => [item.name, item] as const))('%s: names the file, the field and what was expected', (_, item) => {
		const { file } = item.break();
		try {
			const result = copy.build();
			expect(result.ok, `the build should fail\n${result.output.slice(-2000)}`).toBe(false);
			const problems = [file, ...item.expect(file)].filter((needle) =>
				typeof needle === 'string' ? !result.output.includes(needle) : !needle.test(result.output),
			);
			expect(problems, `build output:\n${result.output.slice(0, 4000)}`).toEqual([]);
		} finally {
			copy.restore();
		}
	});
});

describe('a Decap stub', () => {
	test('(no title, language-neutral fields only) builds, as a missing translation', () => {
		const story = entries('stories').find((entry) => !isTranslated(entry, 'ko')) ?? entries('stories')[0];
		const ja = story.versions.ja!;
		const date = copy.read(ja.file).match(/^date:\s*(.*)$/m)?.[1] ?? '2024-01-01';
		const file = `content/stories/ko/${story.key}.mdx`;
		copy.write(file, `---\nkey: ${story.key}\ndate: ${date}\ncountry: ${ja.data.country}\nindustry: ${ja.data.industry}\nexample: ${ja.data.example === true}\n---\n`);
		try {
			const result = copy.build();
			expect(result.ok, result.output.slice(-3000)).toBe(true);
			const built = distFile(`/ko/stories/${story.key}/`, copy.path('dist'));
			expect(built, 'the Korean page, as a fallback').toBeDefined();
			const fallback = new Page(`/ko/stories/${story.key}/`, readFileSync(built!, 'utf8'));
			expect(fallback.robots).toMatch(/noindex/);
			expect(fallback.one('.notice--fallback')).toBeDefined();
		} finally {
			copy.restore();
		}
	});
});
