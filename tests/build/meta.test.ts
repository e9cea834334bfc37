/** Every page: title and description in its language, canonical, Open Graph (issue “Every page”). */
import { describe, expect, test } from 'vitest';
import { htmlLang, type Locale, listUrl, locales } from '../support/content.ts';
import { distFile, htmlPages, page, siteOrigin } from '../support/dist.ts';

const isNotFound = (url: string) => url === '/404.html' || /^\/[a-z]{2}\/404\/$/.test(url);
const localeOf = (url: string) => /^\/(ja|en|zh|ko)\//.exec(url)?.[1] as Locale | undefined;

describe('head metadata', () => {
	const pages = htmlPages();

	test('every page has a non-empty <title>', () => {
		expect(pages.filter((url) => !page(url).title?.trim())).toEqual([]);
	});

	test('every page but the 404s has a description, a canonical URL and Open Graph', () => {
		const problems: string[] = [];
		for (const url of pages.filter((url) => !isNotFound(url))) {
			const current = page(url);
			if (!current.meta('description')?.trim()) problems.push(`${url}: no description`);
			if (!current.canonical) problems.push(`${url}: no canonical`);
			for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:site_name', 'og:locale']) {
				if (!current.property(property)?.trim()) problems.push(`${url}: no ${property}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('canonical and og:url are the same absolute URL, and a built page', () => {
		const problems: string[] = [];
		for (const url of pages.filter((url) => !isNotFound(url))) {
			const { canonical } = page(url);
			if (!canonical) continue;
			if (!canonical.startsWith(`${siteOrigin()}/`)) problems.push(`${url}: canonical ${canonical} is not absolute`);
			else if (!distFile(new URL(canonical).pathname)) problems.push(`${url}: canonical ${canonical} was not built`);
			if (page(url).property('og:url') && page(url).property('og:url') !== canonical) problems.push(`${url}: og:url ≠ canonical`);
		}
		expect(problems).toEqual([]);
	});

	test('og:image is an absolute URL', () => {
		const problems = pages
			.filter((url) => page(url).property('og:image'))
			.filter((url) => !/^https:\/\//.test(page(url).property('og:image')!))
			.map((url) => `${url}: ${page(url).property('og:image')}`);
		expect(problems).toEqual([]);
	});

	test('og:locale matches the page’s language', () => {
		const og: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US', zh: 'zh_CN', ko: 'ko_KR' };
		const problems: string[] = [];
		for (const url of pages) {
			const locale = localeOf(url);
			const current = page(url);
			if (!locale || !current.property('og:locale') || current.robots?.includes('noindex')) continue;
			if (current.property('og:locale') !== og[locale]) problems.push(`${url}: ${current.property('og:locale')}`);
		}
		expect(problems).toEqual([]);
	});

	test.each(['programmes', 'events', 'stories', 'press'] as const)('the %s list has its title and description in each language', (collection) => {
		const titles = new Set(locales.map((locale) => page(listUrl(collection, locale)).title));
		const descriptions = new Set(locales.map((locale) => page(listUrl(collection, locale)).meta('description')));
		expect(titles.size).toBe(locales.length);
		expect(descriptions.size).toBe(locales.length);
	});

	test('titles in Japanese, Chinese and Korean pages are written in their scripts', () => {
		const script: Partial<Record<Locale, RegExp>> = {
			ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
			zh: /\p{Script=Han}/u,
			ko: /\p{Script=Hangul}/u,
		};
		const problems: string[] = [];
		for (const locale of ['ja', 'zh', 'ko'] as const) {
			for (const url of [`/${locale}/`, listUrl('stories', locale), listUrl('press', locale)]) {
				// The home page's title may be the site's name alone, which is English in every language.
				if (url !== `/${locale}/` && !script[locale]!.test(page(url).title ?? '')) problems.push(`${url}: “${page(url).title}”`);
				if (!script[locale]!.test(page(url).meta('description') ?? '')) problems.push(`${url}: description “${page(url).meta('description')}”`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the 404 pages are noindex', () => {
		const problems = pages.filter(isNotFound).filter((url) => !page(url).robots?.includes('noindex'));
		expect(problems).toEqual([]);
	});

	test('every page sets viewport and UTF-8', () => {
		const problems: string[] = [];
		for (const url of pages) {
			if (!page(url).meta('viewport')?.includes('width=device-width')) problems.push(`${url}: viewport`);
			if (!page(url).one('meta[charset]')) problems.push(`${url}: charset`);
		}
		expect(problems).toEqual([]);
	});

	test('htmlLang and the locale folders agree (sanity)', () => {
		expect(Object.keys(htmlLang)).toEqual([...locales]);
	});
});
