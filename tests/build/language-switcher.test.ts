/** The language switcher on every page: real links to the same page in each language, lang + hreflang, aria-current. */
import { describe, expect, test } from 'vitest';
import { htmlLang, type Locale, locales } from '../support/content.ts';
import { exists, htmlPages, page } from '../support/dist.ts';
import { attr, textOf } from '../support/html.ts';

const localePages = htmlPages().filter((url) => /^\/(ja|en|zh|ko)\//.test(url));

describe('language switcher', () => {
	test('is on every page of every locale, linking to the same path in each language', () => {
		const problems: string[] = [];
		for (const url of localePages) {
			const locale = url.slice(1, 3) as Locale;
			for (const other of locales) {
				const target = `/${other}${url.slice(3)}`;
				const link = page(url).all(`a[href="${target}"][hreflang]`)[0];
				if (!link) {
					problems.push(`${url}: no link to ${target}`);
					continue;
				}
				if (attr(link, 'hreflang') !== htmlLang[other]) problems.push(`${url}: hreflang ${attr(link, 'hreflang')} for ${other}`);
				if (attr(link, 'lang') !== htmlLang[other]) problems.push(`${url}: lang ${attr(link, 'lang')} for ${other}`);
				if ((other === locale) !== (attr(link, 'aria-current') !== undefined && attr(link, 'aria-current') !== 'false')) {
					problems.push(`${url}: aria-current on ${other} is ${attr(link, 'aria-current')}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('never leads to a page that was not built', () => {
		const broken = new Set<string>();
		for (const url of localePages) {
			for (const other of locales) if (!exists(`/${other}${url.slice(3)}`)) broken.add(`/${other}${url.slice(3)}`);
		}
		expect([...broken]).toEqual([]);
	});

	test('names each language in itself', () => {
		const names: Record<Locale, string> = { ja: '日本語', en: 'English', zh: '简体中文', ko: '한국어' };
		for (const locale of locales) {
			const link = page('/en/').all(`a[href="/${locale}/"][hreflang]`)[0];
			expect(link && textOf(link)).toBe(names[locale]);
		}
	});
});
