/** sitemap.xml lists only real translations, each with its alternates and x-default (DESIGN.md). */
import { describe, expect, test } from 'vitest';
import { allEntries, entryUrl, htmlLang, isTranslated, locales } from '../support/content.ts';
import { distFile, page, readDist, siteOrigin } from '../support/dist.ts';
import { attr, parseHtml, queryAll, textOf } from '../support/html.ts';

const document = parseHtml(readDist('/sitemap.xml'));
const urls = queryAll(document, 'url').map((url) => ({
	loc: new URL(textOf(queryAll(url, 'loc')[0])).pathname,
	alternates: Object.fromEntries(
		queryAll(url, (element) => element.tagName === 'xhtml:link').map((link) => [attr(link, 'hreflang')!, new URL(attr(link, 'href')!).pathname]),
	),
}));
const byLoc = new Map(urls.map((url) => [url.loc, url]));

describe('sitemap.xml', () => {
	test('is a sitemap with absolute URLs on the site', () => {
		const xml = readDist('/sitemap.xml');
		expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
		expect(urls.length).toBeGreaterThan(0);
		for (const url of queryAll(document, 'loc')) expect(textOf(url).startsWith(`${siteOrigin()}/`)).toBe(true);
	});

	test('lists each URL once, and only built, indexable pages', () => {
		expect(byLoc.size).toBe(urls.length);
		const problems: string[] = [];
		for (const { loc } of urls) {
			if (!distFile(loc)) problems.push(`${loc}: not built`);
			else if (loc.endsWith('/') && page(loc).robots?.includes('noindex')) problems.push(`${loc}: noindex`);
		}
		expect(problems).toEqual([]);
	});

	test('lists every real translation of every entry, and no fallback', () => {
		const missing: string[] = [];
		const fallbacks: string[] = [];
		for (const entry of allEntries()) {
			for (const locale of locales) {
				const url = entryUrl(entry.collection, locale, entry.key);
				if (isTranslated(entry, locale) && !byLoc.has(url)) missing.push(url);
				if (!isTranslated(entry, locale) && byLoc.has(url)) fallbacks.push(url);
			}
		}
		expect(missing).toEqual([]);
		expect(fallbacks).toEqual([]);
	});

	test('gives each entry URL alternates for exactly its translations, plus x-default → /', () => {
		const problems: string[] = [];
		for (const entry of allEntries()) {
			const expected = Object.fromEntries(
				locales.filter((locale) => isTranslated(entry, locale)).map((locale) => [htmlLang[locale], entryUrl(entry.collection, locale, entry.key)]),
			);
			expected['x-default'] = '/';
			for (const locale of locales.filter((locale) => isTranslated(entry, locale))) {
				const url = byLoc.get(entryUrl(entry.collection, locale, entry.key));
				if (url && JSON.stringify(Object.entries(url.alternates).sort()) !== JSON.stringify(Object.entries(expected).sort())) {
					problems.push(`${url.loc}: ${JSON.stringify(url.alternates)}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('lists the home page of every locale with all four alternates', () => {
		for (const locale of locales) {
			expect(byLoc.get(`/${locale}/`)?.alternates).toEqual({ ja: '/ja/', en: '/en/', 'zh-Hans': '/zh/', ko: '/ko/', 'x-default': '/' });
		}
	});

	test('robots.txt points at it', () => {
		expect(readDist('/robots.txt')).toContain(`Sitemap: ${siteOrigin()}/sitemap.xml`);
	});
});
