import { describe, expect, test } from 'vitest';
import { sitemapXml, sitePages } from '../../src/lib/sitemap.ts';
import { attr, parseHtml, queryAll, textOf } from '../support/html.ts';

const site = 'https://letsworkintokyo.example';

/** <url> elements as { loc, alternates: hreflang → href }. */
function urls(xml: string) {
	// parse5 reads XML tags well enough here: names are lower-cased, `xhtml:link` kept whole.
	return queryAll(parseHtml(xml), 'url').map((url) => ({
		loc: textOf(queryAll(url, 'loc')[0]),
		alternates: Object.fromEntries(queryAll(url, (element) => element.tagName === 'xhtml:link').map((link) => [attr(link, 'hreflang'), attr(link, 'href')])),
	}));
}

describe('sitemapXml', () => {
	const xml = sitemapXml(
		[{ ja: '/ja/', en: '/en/', zh: '/zh/', ko: '/ko/' }, { ja: '/ja/stories/a/', en: '/en/stories/a/' }, { ja: '/ja/stories/only-ja/' }],
		site,
	);

	test('is a sitemap with the xhtml namespace', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
	});

	test('lists each given version once, with absolute URLs', () => {
		expect(urls(xml).map((url) => url.loc)).toEqual([
			`${site}/ja/`,
			`${site}/en/`,
			`${site}/zh/`,
			`${site}/ko/`,
			`${site}/ja/stories/a/`,
			`${site}/en/stories/a/`,
			`${site}/ja/stories/only-ja/`,
		]);
	});

	test('gives each URL alternates for the given locales only, plus x-default', () => {
		const story = urls(xml).find((url) => url.loc === `${site}/en/stories/a/`)!;
		expect(story.alternates).toEqual({ ja: `${site}/ja/stories/a/`, en: `${site}/en/stories/a/`, 'x-default': `${site}/` });
	});

	test('uses zh-Hans for Chinese', () => {
		const home = urls(xml).find((url) => url.loc === `${site}/zh/`)!;
		expect(home.alternates['zh-Hans']).toBe(`${site}/zh/`);
		expect(home.alternates.zh).toBeUndefined();
	});

	test('escapes XML special characters', () => {
		const escaped = sitemapXml([{ en: '/en/a&b/' }], site);
		expect(escaped).toContain('/en/a&amp;b/');
		expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
	});
});

describe('sitePages', () => {
	const entry = (collection: string, key: string, translations: string[]) => ({ key, translations, value: { collection } }) as never;
	const pages = sitePages(
		[
			entry('programmes', 'internship', ['ja', 'en']),
			entry('stories', 'a', ['ja']),
			entry('pages', 'about', ['ja', 'en', 'zh', 'ko']),
			entry('companies', 'c', ['ja', 'en']),
			entry('faq', 'faq', ['ja', 'en', 'zh', 'ko']),
		],
		{
			stories: { country: [{ value: 'vn', count: 2 }], industry: [{ value: 'ai-data', count: 1 }] },
			companies: { language: [{ value: 'en', count: 1 }] },
		},
	);

	test('lists home, each collection’s list and its entries, then the filter pages', () => {
		expect(pages.map((page) => page.ja)).toEqual([
			'/ja/',
			'/ja/programmes/',
			'/ja/programmes/internship/',
			'/ja/events/',
			'/ja/stories/',
			'/ja/stories/a/',
			'/ja/press/',
			'/ja/about/',
			'/ja/guides/',
			'/ja/companies/',
			'/ja/companies/c/',
			'/ja/faq/',
			'/ja/stories/country/vn/',
			'/ja/stories/industry/ai-data/',
			'/ja/companies/language/en/',
		]);
	});

	test('gives lists and filter pages every locale, entries only their translations', () => {
		expect(Object.keys(pages[0])).toEqual(['ja', 'en', 'zh', 'ko']);
		expect(pages[2]).toEqual({ ja: '/ja/programmes/internship/', en: '/en/programmes/internship/' });
		expect(pages[5]).toEqual({ ja: '/ja/stories/a/' });
		expect(pages.at(-2)).toEqual({
			ja: '/ja/stories/industry/ai-data/',
			en: '/en/stories/industry/ai-data/',
			zh: '/zh/stories/industry/ai-data/',
			ko: '/ko/stories/industry/ai-data/',
		});
		expect(pages.at(-1)).toEqual({
			ja: '/ja/companies/language/en/',
			en: '/en/companies/language/en/',
			zh: '/zh/companies/language/en/',
			ko: '/ko/companies/language/en/',
		});
		expect(pages.find((page) => page.ja === '/ja/companies/c/')).toEqual({ ja: '/ja/companies/c/', en: '/en/companies/c/' });
	});
});
