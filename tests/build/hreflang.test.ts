/** hreflang alternates: reciprocal, x-default to the chooser, only real translations (DESIGN.md). */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, htmlLang, isTranslated, type Locale, locales, pageCollections } from '../support/content.ts';
import { exists, htmlPages, page, siteOrigin } from '../support/dist.ts';

const tags = new Set([...Object.values(htmlLang), 'x-default']);
const localeOfTag = Object.fromEntries(Object.entries(htmlLang).map(([locale, tag]) => [tag, locale])) as Record<string, Locale>;
const pathOf = (href: string) => new URL(href).pathname;
/** Pages of a locale with alternates; `/` is the x-default itself and is checked on its own. */
const indexable = () => htmlPages().filter((url) => url !== '/' && page(url).alternates.size > 0);

describe('hreflang alternates', () => {
	test('pages have them (home, lists and translated entries)', () => {
		expect(page('/en/').alternates.size).toBeGreaterThan(0);
		expect(indexable().length).toBeGreaterThan(locales.length * 5);
	});

	test('use only ja, en, zh-Hans, ko and x-default, each once, with absolute URLs of the site', () => {
		const problems: string[] = [];
		for (const url of indexable()) {
			const links = page(url).all('link[rel=alternate][hreflang]');
			const seen = new Set<string>();
			for (const link of links) {
				const hreflang = link.attrs.find((a) => a.name === 'hreflang')!.value;
				const href = link.attrs.find((a) => a.name === 'href')!.value;
				if (!tags.has(hreflang)) problems.push(`${url}: hreflang="${hreflang}"`);
				if (seen.has(hreflang)) problems.push(`${url}: ${hreflang} twice`);
				seen.add(hreflang);
				if (!href.startsWith(`${siteOrigin()}/`)) problems.push(`${url}: ${hreflang} → ${href} is not absolute on the site`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('include the page itself and x-default → /', () => {
		const problems: string[] = [];
		for (const url of indexable()) {
			const { alternates, lang } = page(url);
			if (alternates.get('x-default') !== `${siteOrigin()}/`) problems.push(`${url}: x-default is ${alternates.get('x-default')}`);
			if (pathOf(alternates.get(lang!) ?? siteOrigin()) !== url) problems.push(`${url}: no self alternate for ${lang}`);
		}
		expect(problems).toEqual([]);
	});

	test('are reciprocal: if A lists B, B lists A', () => {
		const problems: string[] = [];
		for (const url of indexable()) {
			const own = page(url);
			for (const [hreflang, href] of own.alternates) {
				if (hreflang === 'x-default') continue;
				const target = pathOf(href);
				if (!exists(target)) {
					problems.push(`${url}: ${hreflang} → ${target} was not built`);
					continue;
				}
				const back = page(target).alternates.get(own.lang!);
				if (!back || pathOf(back) !== url) problems.push(`${url} lists ${target} (${hreflang}), which lists ${back ?? 'nothing'} for ${own.lang}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('point only at pages in their own language (never at a fallback page)', () => {
		const problems: string[] = [];
		for (const url of indexable()) {
			for (const [hreflang, href] of page(url).alternates) {
				if (hreflang === 'x-default' || !exists(pathOf(href))) continue;
				const target = page(pathOf(href));
				if (target.robots?.includes('noindex')) problems.push(`${url}: ${hreflang} → ${pathOf(href)} is noindex`);
				if (target.lang !== hreflang) problems.push(`${url}: ${hreflang} → page in ${target.lang}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the chooser at / lists the four homes and is the x-default', () => {
		const alternates = Object.fromEntries(page('/').alternates);
		expect(alternates).toEqual({
			ja: `${siteOrigin()}/ja/`,
			en: `${siteOrigin()}/en/`,
			'zh-Hans': `${siteOrigin()}/zh/`,
			ko: `${siteOrigin()}/ko/`,
			'x-default': `${siteOrigin()}/`,
		});
	});

	test.each([...pageCollections])('%s: list exactly the translations each entry has', (collection) => {
		const problems: string[] = [];
		for (const entry of entries(collection)) {
			const translated = locales.filter((locale) => isTranslated(entry, locale));
			for (const locale of translated) {
				const url = entryUrl(collection, locale, entry.key);
				const listed = [...page(url).alternates.keys()]
					.filter((tag) => tag !== 'x-default')
					.map((tag) => localeOfTag[tag])
					.sort();
				if (listed.join() !== [...translated].sort().join()) problems.push(`${url}: lists ${listed.join(' ')}; translations are ${translated.join(' ')}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
