/**
 * Editors' legitimate changes, made in one copy of the project and built once with `npm run build`:
 * - translations removed (ko of an entry of each collection; en, zh and ko of a programme): each
 *   fallback page as DESIGN.md asks, with the lists that link to it, the sitemap and the calendar file;
 * - `publishExampleStories: false` and `publishExampleCompanies: false`, with a real story and an
 *   example story added (copies of the first story, without its `companyKey`: a real story may not
 *   name an example company): no page, link, sitemap entry or filter page for any example story or
 *   company, the real story listed;
 * - a Decap stub (language-neutral fields only) for the real story's Korean: built, as a missing translation;
 * - a page using every editor component with literal props (tests/fixtures/cms/components.mdx, its
 *   figure showing the first image under content/media/): built as written, the image optimised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProjectCopy } from '../../scripts/support/project-copy.ts';
import type { RunResult } from '../../scripts/support/run-project.ts';
import { type Entry, entries, entryUrl, htmlLang, type Locale, listUrl, locales, type PageCollection } from '../support/content.ts';
import { distFile, Page } from '../support/dist.ts';
import { fallbackPageProblems, languageName } from '../support/fallback-checks.ts';
import { attr, isInside, langOf, textOf } from '../support/html.ts';
import { projectRoot } from '../support/paths.ts';

const origin = 'https://letsworkintokyo.example';
const collections: PageCollection[] = ['programmes', 'events', 'press', 'pages', 'guides', 'companies', 'faq'];

/**
 * A real company added to the copy (its examples are left out of the build below), made from the first
 * company's Japanese and English files: Korean and Chinese fall back to English.
 */
const companyModel = entries('companies')[0];
const addedCompany: Entry | undefined = companyModel?.versions.en && {
	collection: 'companies',
	key: 'real-company-added',
	versions: { ja: companyModel.versions.ja, en: companyModel.versions.en },
};

/** Translations removed: [entry, locales removed, locale to check, locale it should show]. */
const plan: { entry: Entry; removed: Locale[]; locale: Locale; shown: Locale }[] = [];
for (const collection of collections) {
	// Example companies are not published in this copy (publishExampleCompanies: false).
	const published = entries(collection).filter((entry) => collection !== 'companies' || entry.versions.ja!.data.example !== true);
	const [first, second] = published.filter((entry) => entry.versions.en && entry.versions.ko);
	if (first) plan.push({ entry: first, removed: ['ko'], locale: 'ko', shown: 'en' });
	else if (collection === 'companies' && addedCompany) plan.push({ entry: addedCompany, removed: [], locale: 'ko', shown: 'en' });
	if (second && collection === 'programmes') plan.push({ entry: second, removed: ['en', 'zh', 'ko'], locale: 'en', shown: 'ja' });
}

/** Stories added to the copy, made from the first story (its ja and, when there is one, en files). */
const model = entries('stories')[0];
const added = { real: 'real-story-added', example: 'example-story-added' };
const examples = [
	...entries('stories')
		.filter((entry) => entry.versions.ja!.data.example === true)
		.map((entry) => entry.key),
	added.example,
];
const real = [
	...entries('stories')
		.filter((entry) => entry.versions.ja!.data.example !== true)
		.map((entry) => entry.key),
	added.real,
];

/** The figure's image: the first upload under content/media/, as its /media/… path. */
const image = (readdirSync(path.join(projectRoot, 'content/media'), { recursive: true }) as string[])
	.filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file))
	.map((file) => `/media/${file.split(path.sep).join('/')}`)
	.sort()[0];

let copy: ProjectCopy;
let built: RunResult;
beforeAll(async () => {
	copy = ProjectCopy.create('lwit-editor-changes-');
	for (const item of plan) for (const locale of item.removed) copy.remove(item.entry.versions[locale]!.file);
	copy.edit('content/settings/site.yml', (source) =>
		source.replace(/^publishExampleStories:.*$/m, 'publishExampleStories: false').replace(/^publishExampleCompanies:.*$/m, 'publishExampleCompanies: false'),
	);
	for (const [kind, key] of Object.entries(added)) {
		for (const locale of ['ja', 'en'] as const) {
			const version = model.versions[locale];
			if (!version) continue;
			const source = copy
				.read(version.file)
				.replace(/^key:.*$/m, `key: ${key}`)
				.replace(/^example:.*\n/m, '')
				.replace(/^companyKey:.*\n/m, '');
			copy.write(`content/stories/${locale}/${key}.mdx`, source.replace(/^---\n/, `---\nexample: ${kind === 'example'}\n`));
		}
	}
	const ja = model.versions.ja!.data;
	const date = copy.read(model.versions.ja!.file).match(/^date:\s*(.*)$/m)?.[1] ?? '2024-01-01';
	copy.write(
		`content/stories/ko/${added.real}.mdx`,
		`---\nkey: ${added.real}\ndate: ${date}\ncountry: ${ja.country}\nindustry: ${ja.industry}\nexample: false\n---\n`,
	);
	if (addedCompany) {
		for (const locale of ['ja', 'en'] as const) {
			const source = copy
				.read(companyModel.versions[locale]!.file)
				.replace(/^key:.*$/m, `key: ${addedCompany.key}`)
				.replace(/^example:.*$/m, 'example: false');
			copy.write(`content/companies/${locale}/${addedCompany.key}.mdx`, source);
		}
	}
	const components = readFileSync(path.join(projectRoot, 'tests/fixtures/cms/components.mdx'), 'utf8');
	copy.write('content/pages/ja/hostile.mdx', components.replace(/(<Figure src=")[^"]+"/, `$1${image}"`));
	built = await copy.build();
}, 180_000);
afterAll(() => copy?.dispose());

const dist = () => copy.path('dist');
const read = (url: string) => {
	const file = distFile(url, dist());
	if (!file) throw new Error(`${url} was not built`);
	return new Page(url, readFileSync(file, 'utf8'));
};

test('the copy builds', () => {
	expect(plan.length).toBeGreaterThanOrEqual(4);
	expect(built.ok, built.output.slice(-3000)).toBe(true);
});

describe('fallback pages of every collection (translations removed)', () => {
	test.each(plan.map((item) => [`${entryUrl(item.entry.collection, item.locale, item.entry.key)} (shows ${item.shown})`, item] as const))(
		'%s: notice, noindex, canonical, no hreflang, lang on the content',
		(_, item) => {
			const data = item.entry.versions[item.shown]!.data;
			const problems = fallbackPageProblems(read(entryUrl(item.entry.collection, item.locale, item.entry.key)), {
				locale: item.locale,
				shown: item.shown,
				canonical: `${origin}${entryUrl(item.entry.collection, item.shown, item.entry.key)}`,
				title: String(data.title),
				description: String(data.description),
			});
			expect(problems).toEqual([]);
		},
	);

	test.each(
		plan
			.filter((item) => !['pages', 'faq'].includes(item.entry.collection))
			.map((item) => [`${listUrl(item.entry.collection as 'press', item.locale)} → ${item.entry.key}`, item] as const),
	)('%s is marked with the language it is in', (_, item) => {
		const list = read(listUrl(item.entry.collection as 'press', item.locale));
		const link = list.all(`a[href="${entryUrl(item.entry.collection, item.locale, item.entry.key)}"]`).find((element) => isInside(element, list.main!));
		expect(link, 'listed').toBeDefined();
		expect(langOf(link!)).toBe(htmlLang[item.shown]);
		let card = link!.parentNode;
		while (card && !['article', 'li'].includes(card.nodeName)) card = card.parentNode;
		expect(textOf(card ?? link!)).toContain(languageName(item.shown, item.locale));
	});

	test('the sitemap lists no removed translation', () => {
		const sitemap = readFileSync(distFile('/sitemap.xml', dist())!, 'utf8');
		for (const item of plan)
			for (const locale of item.removed) expect(sitemap).not.toContain(`${origin}${entryUrl(item.entry.collection, locale, item.entry.key)}<`);
	});

	test('an event falling back gives its calendar file in the language shown', () => {
		const item = plan.find((candidate) => candidate.entry.collection === 'events');
		expect(item, 'an event with English and Korean versions to remove the Korean of').toBeDefined();
		const ics = readFileSync(distFile(`/${item!.locale}/events/${item!.entry.key}.ics`, dist())!, 'utf8').replace(/\r\n[ \t]/g, '');
		expect(ics).toContain(`SUMMARY:${String(item!.entry.versions[item!.shown]!.data.title).replace(/([,;\\])/g, '\\$1')}\r\n`);
	});
});

describe('publishExampleStories: false', () => {
	test('builds no page for an example story in any locale', () => {
		const present = examples.flatMap((key) => locales.map((locale) => entryUrl('stories', locale, key))).filter((url) => distFile(url, dist()));
		expect(present).toEqual([]);
	});

	test('lists, home and sitemap do not mention example stories, and still list real ones', () => {
		for (const locale of locales) {
			for (const url of [listUrl('stories', locale), `/${locale}/`]) {
				const current = read(url);
				for (const key of examples) expect(current.one(`a[href="${entryUrl('stories', locale, key)}"]`), `${url} → ${key}`).toBeUndefined();
			}
			for (const key of real) expect(read(listUrl('stories', locale)).one(`a[href="${entryUrl('stories', locale, key)}"]`), key).toBeDefined();
		}
		const sitemap = readFileSync(distFile('/sitemap.xml', dist())!, 'utf8');
		for (const key of examples) expect(sitemap).not.toContain(`/stories/${key}/`);
		expect(sitemap).toContain(`/stories/${added.real}/`);
	});

	test('story filter pages exist only for real stories’ countries and industries', () => {
		const storyData = (key: string) => (entries('stories').find((entry) => entry.key === key) ?? model).versions.ja!.data;
		const values = new Set(real.flatMap((key) => [`country/${storyData(key).country}`, `industry/${storyData(key).industry}`]));
		for (const value of values) expect(distFile(`/en/stories/${value}/`, dist()), value).toBeDefined();
		for (const key of examples) {
			for (const facet of ['country', 'industry'] as const) {
				const value = `${facet}/${storyData(key)[facet]}`;
				if (!values.has(value)) expect(distFile(`/en/stories/${value}/`, dist()), value).toBeUndefined();
			}
		}
	});
});

describe('publishExampleCompanies: false', () => {
	const exampleCompanies = entries('companies').filter((entry) => entry.versions.ja!.data.example === true);
	const filterValues = (entry: Entry) => [
		`industry/${entry.versions.ja!.data.industry}`,
		...((entry.versions.ja!.data.workingLanguages as string[]) ?? []).map((language) => `language/${language}`),
	];

	test.runIf(exampleCompanies.length > 0)('builds no page, link, filter page or sitemap entry for an example company', () => {
		const present = exampleCompanies
			.flatMap((entry) => locales.map((locale) => entryUrl('companies', locale, entry.key)))
			.filter((url) => distFile(url, dist()));
		expect(present).toEqual([]);
		const sitemap = readFileSync(distFile('/sitemap.xml', dist())!, 'utf8');
		for (const locale of locales) {
			for (const url of [listUrl('companies', locale), `/${locale}/`]) {
				for (const entry of exampleCompanies) {
					expect(read(url).one(`a[href="${entryUrl('companies', locale, entry.key)}"]`), `${url} → ${entry.key}`).toBeUndefined();
				}
			}
		}
		for (const entry of exampleCompanies) expect(sitemap).not.toContain(`/companies/${entry.key}/`);
		const realCompanies = [...entries('companies').filter((entry) => entry.versions.ja!.data.example !== true), ...(addedCompany ? [addedCompany] : [])];
		const realValues = new Set(realCompanies.flatMap(filterValues));
		for (const value of exampleCompanies.flatMap(filterValues)) {
			if (!realValues.has(value)) expect(distFile(`/en/companies/${value}/`, dist()), `filter page ${value}`).toBeUndefined();
		}
		expect(distFile('/en/companies/', dist()), 'the list stays').toBeDefined();
	});
});

describe('a Decap stub', () => {
	test('(no title, language-neutral fields only) builds, as a missing translation', () => {
		const url = entryUrl('stories', 'ko', added.real);
		expect(distFile(url, dist()), 'the Korean page, as a fallback').toBeDefined();
		const fallback = read(url);
		expect(fallback.robots).toMatch(/noindex/);
		expect(fallback.one('.notice--fallback')).toBeDefined();
	});
});

describe('a page with every editor component', () => {
	test('builds as the editor wrote it: components as the site’s markup, text as text', () => {
		const html = readFileSync(distFile('/ja/hostile/', dist())!, 'utf8');
		expect(html).toContain('class="callout callout--important"');
		expect(html).toContain('8月15日まで受け付けます { 波括弧 } &lt;タグ&gt;');
		expect(html).toContain('<figcaption>写真はイメージです &amp; 説明</figcaption>');
		expect(html).toMatch(/<a class="button" href="https:\/\/www\.example\.org\/apply">応募する<\/a>/);
	});

	test('finds the figure’s image by its /media/… path and serves it optimised, with its size', () => {
		expect(image, 'an image under content/media/').toBeDefined();
		const page = read('/ja/hostile/');
		const figure = page.one('figure');
		const img = figure && page.all('img').find((element) => isInside(element, figure));
		expect(img, 'an <img> in the figure').toBeDefined();
		expect(attr(img!, 'src')).toMatch(new RegExp(`^/_astro/${path.basename(image, path.extname(image))}\\.`));
		expect(Number(attr(img!, 'width'))).toBeGreaterThan(0);
		expect(Number(attr(img!, 'height'))).toBeGreaterThan(0);
	});
});
