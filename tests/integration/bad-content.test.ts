/**
 * Bad content fails the build with the file path, the field and what was expected (issue “Bad
 * content”). Each case breaks one thing in a copy of the project and runs the first step of
 * `npm run build` that refuses it: `astro sync`, which a build runs first, for the schemas and the
 * loader; the build itself for uploads (checked as it starts) and for an entry without Japanese
 * (found when pages are generated). Cases run side by side, one per core, each on a copy no other
 * case is using; a copy's edits are put back after each case.
 * A stub (no title) is not bad content: tests/integration/editor-changes.test.ts builds one.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { ProjectCopy } from '../../scripts/support/project-copy.ts';
import { contentFiles, type PageCollection } from '../support/content.ts';

const copies: ProjectCopy[] = [];
const idle: ProjectCopy[] = [];
afterAll(() => {
	for (const copy of copies) copy.dispose();
});

/** A copy for one case at a time (vitest runs at most maxConcurrency cases at once). */
async function withCopy<T>(use: (copy: ProjectCopy) => Promise<T>): Promise<T> {
	const copy = idle.pop() ?? ProjectCopy.create('lwit-bad-content-');
	if (!copies.includes(copy)) copies.push(copy);
	try {
		return await use(copy);
	} finally {
		copy.restore();
		idle.push(copy);
	}
}

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
	/** The step that refuses it: `astro sync` (schemas, loader) unless the build is needed. */
	step?: 'build';
	break: (copy: ProjectCopy) => { file: string };
	/** Strings the build output must contain, besides the file path. */
	expect: (file: string) => (string | RegExp)[];
}

const cases: Case[] = [
	{
		name: 'an invalid date (events start)',
		break: (copy) => {
			const { file } = japanese('events');
			copy.edit(file, setField('start', '2022-13-45T99:00'));
			return { file };
		},
		expect: () => ['start', /date/i],
	},
	{
		name: 'an end before the start (events end)',
		break: (copy) => {
			const { file, data } = japanese('events');
			copy.edit(file, setField('end', new Date(+new Date(data.start as string) - 3_600_000).toISOString()));
			return { file };
		},
		expect: () => ['end', /after start/],
	},
	{
		name: 'a wrong country code (stories country)',
		break: (copy) => {
			const { file } = japanese('stories');
			copy.edit(file, setField('country', 'xx'));
			return { file };
		},
		expect: () => ['country', /expected one of/i, '"in"'],
	},
	{
		name: 'a wrong audience (programmes audience)',
		break: (copy) => {
			const { file } = japanese('programmes');
			copy.edit(file, setField('audience', 'students'));
			return { file };
		},
		expect: () => ['audience', /expected one of/i, '"candidates"'],
	},
	{
		name: 'a missing required field (stories person)',
		break: (copy) => {
			const { file } = japanese('stories');
			copy.edit(file, dropField('person'));
			return { file };
		},
		expect: () => ['person', /Required|expected string/i],
	},
	{
		name: 'a description over 200 characters (press description)',
		break: (copy) => {
			const { file } = japanese('press');
			copy.edit(file, setField('description', 'あ'.repeat(201)));
			return { file };
		},
		expect: () => ['description', '200'],
	},
	{
		name: 'a key field that does not match the file name',
		break: (copy) => {
			const { file, key } = japanese('programmes');
			copy.edit(file, setField('key', `${key}-renamed`));
			return { file };
		},
		expect: (file) => [
			'"key"',
			`${file
				.split('/')
				.at(-1)!
				.replace(/\.mdx?$/, '')}`,
			/must match/,
		],
	},
	{
		name: 'a `slug` field',
		break: (copy) => {
			const { file } = japanese('pages');
			copy.edit(file, addField('slug: about-us'));
			return { file };
		},
		expect: () => ['"slug"', /not allowed/],
	},
	{
		name: 'a file name that is not a key',
		break: (copy) => {
			const source = japanese('pages');
			const file = 'content/pages/ja/About_Us.mdx';
			copy.write(file, setField('key', 'About_Us')(copy.read(source.file)));
			return { file };
		},
		expect: () => ['About_Us', /not a valid key/, /lower-case/],
	},
	{
		name: 'a folder that is not a locale',
		break: (copy) => {
			const source = japanese('pages');
			const file = `content/pages/fr/${source.key}.mdx`;
			copy.write(file, copy.read(source.file));
			return { file };
		},
		expect: () => ['"fr"', /not a locale/, 'ja, en, zh, ko'],
	},
	{
		name: 'an English entry without a Japanese source',
		step: 'build',
		break: (copy) => {
			const source = contentFiles('stories').find((item) => item.locale === 'en' && !item.stub)!;
			const file = 'content/stories/en/orphan-without-japanese.mdx';
			copy.write(file, setField('key', 'orphan-without-japanese')(copy.read(source.file)));
			return { file };
		},
		expect: () => ['content/stories/ja/orphan-without-japanese.mdx', /Japanese/],
	},
	{
		name: 'a missing attachment file (press attachments)',
		step: 'build',
		break: (copy) => {
			const { file } = japanese('press');
			copy.edit(file, (source) => source.replace(/(file:\s*)\/uploads\/\S+/, '$1/uploads/press/missing-leaflet.pdf'));
			return { file };
		},
		expect: () => ['attachments', 'missing-leaflet.pdf'],
	},
	{
		name: 'a missing photo (stories photo)',
		step: 'build',
		break: (copy) => {
			const { file } = japanese('stories');
			copy.edit(file, setField('photo', '../../media/stories/nobody-uploaded-this.jpg'));
			return { file };
		},
		expect: () => ['photo', 'nobody-uploaded-this.jpg'],
	},
	{
		name: 'a wrong phone number in the settings',
		break: (copy) => {
			const file = 'content/settings/site.yml';
			copy.edit(file, (source) => source.replace(/^phone:.*$/m, 'phone: 5320 4628'));
			return { file };
		},
		expect: () => ['phone', '03-5320-4628'],
	},
];

describe('bad content fails the build', () => {
	test.concurrent.each(cases.map((item) => [item.name, item] as const))(
		'%s: names the file, the field and what was expected',
		(_, item) =>
			withCopy(async (copy) => {
				const { file } = item.break(copy);
				const result = item.step === 'build' ? await copy.build() : await copy.sync();
				expect(result.ok, `${item.step ?? 'astro sync'} should fail\n${result.output.slice(-2000)}`).toBe(false);
				const problems = [file, ...item.expect(file)].filter((needle) =>
					typeof needle === 'string' ? !result.output.includes(needle) : !needle.test(result.output),
				);
				expect(problems, `output:\n${result.output.slice(0, 4000)}`).toEqual([]);
			}),
		180_000,
	);
});
