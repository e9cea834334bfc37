/**
 * Fallback pages of every collection, not only the stories the content happens to leave untranslated:
 * a copy of the project loses some translations (ko → en, and en/zh/ko → ja), is built, and each such
 * page is checked as DESIGN.md asks, with the lists that link to it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Entry, entries, entryUrl, htmlLang, listUrl, type Locale, type PageCollection } from '../support/content.ts';
import { distFile, Page } from '../support/dist.ts';
import { fallbackPageProblems, languageName } from '../support/fallback-checks.ts';
import { isInside, langOf, textOf } from '../support/html.ts';
import { ProjectCopy } from '../support/project-copy.ts';

const origin = 'https://letsworkintokyo.example';
const collections: PageCollection[] = ['programmes', 'events', 'press', 'pages', 'guides', 'companies', 'faq'];

/** [entry, locales removed, locale to check, locale it should show]. */
const plan: { entry: Entry; removed: Locale[]; locale: Locale; shown: Locale }[] = [];
for (const collection of collections) {
	const [first, second] = entries(collection).filter((entry) => entry.versions.en && entry.versions.ko);
	if (first) plan.push({ entry: first, removed: ['ko'], locale: 'ko', shown: 'en' });
	if (second && collection === 'programmes') plan.push({ entry: second, removed: ['en', 'zh', 'ko'], locale: 'en', shown: 'ja' });
}

let copy: ProjectCopy;
let built: ReturnType<ProjectCopy['build']>;
beforeAll(() => {
	copy = ProjectCopy.create();
	for (const item of plan) for (const locale of item.removed) copy.remove(item.entry.versions[locale]!.file);
	built = copy.build();
}, 300_000);
afterAll(() => copy?.dispose());

const read = (url: string) => {
	const file = distFile(url, copy.path('dist'));
	if (!file) throw new Error(`${url} was not built`);
	return new Page(url, readFileSync(file, 'utf8'));
};

describe('fallback pages of every collection (copy with translations removed)', () => {
	test('the copy builds', () => {
		expect(plan.length).toBeGreaterThanOrEqual(4);
		expect(built.ok, built.output.slice(-3000)).toBe(true);
	});

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

	test.each(plan.filter((item) => !['pages', 'faq'].includes(item.entry.collection)).map((item) => [`${listUrl(item.entry.collection as 'press', item.locale)} → ${item.entry.key}`, item] as const))(
		'%s is marked with the language it is in',
		(_, item) => {
			const list = read(listUrl(item.entry.collection as 'press', item.locale));
			const link = list.all(`a[href="${entryUrl(item.entry.collection, item.locale, item.entry.key)}"]`).find((element) => isInside(element, list.main!));
			expect(link, 'listed').toBeDefined();
			expect(langOf(link!)).toBe(htmlLang[item.shown]);
			let card = link!.parentNode;
			while (card && !['article', 'li'].includes(card.nodeName)) card = card.parentNode;
			expect(textOf(card ?? link!)).toContain(languageName(item.shown, item.locale));
		},
	);

	test('the sitemap lists no removed translation', () => {
		const sitemap = readFileSync(distFile('/sitemap.xml', copy.path('dist'))!, 'utf8');
		for (const item of plan) for (const locale of item.removed) expect(sitemap).not.toContain(`${origin}${entryUrl(item.entry.collection, locale, item.entry.key)}<`);
	});

	test.runIf(plan.some((item) => item.entry.collection === 'events'))('an event falling back gives its calendar file in the language shown', () => {
		const item = plan.find((candidate) => candidate.entry.collection === 'events')!;
		const ics = readFileSync(distFile(`/${item.locale}/events/${item.entry.key}.ics`, copy.path('dist'))!, 'utf8').replace(/\r\n[ \t]/g, '');
		expect(ics).toContain(`SUMMARY:${String(item.entry.versions[item.shown]!.data.title).replace(/([,;\\])/g, '\\$1')}\r\n`);
	});
});
