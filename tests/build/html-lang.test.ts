/** `<html lang>` per locale, zh as zh-Hans (DESIGN.md), and the language chooser in every language. */
import { describe, expect, test } from 'vitest';
import { htmlLang, locales } from '../support/content.ts';
import { htmlPages, page } from '../support/dist.ts';
import { attr, langOf } from '../support/html.ts';

describe('<html lang>', () => {
	test.each([...locales])('is the tag of %s on every page under its folder', (locale) => {
		const pages = htmlPages().filter((url) => url.startsWith(`/${locale}/`));
		expect(pages.length).toBeGreaterThan(0);
		const wrong = pages.filter((url) => page(url).lang !== htmlLang[locale]).map((url) => `${url}: ${page(url).lang}`);
		expect(wrong).toEqual([]);
	});

	test('is zh-Hans for Chinese, never bare zh or zh-CN', () => {
		expect(page('/zh/').lang).toBe('zh-Hans');
	});

	test('is set on the language chooser and the root 404', () => {
		for (const url of ['/', '/404.html']) expect(page(url).lang, url).toMatch(/^[a-z]{2}/);
	});
});

describe('the language chooser at /', () => {
	const chooser = page('/');

	test.each([...locales])('links to /%s/ with the language’s own tag', (locale) => {
		const link = chooser.one(`a[href="/${locale}/"]`);
		expect(link, `link to /${locale}/`).toBeDefined();
		expect(langOf(link!)).toBe(htmlLang[locale]);
		expect(attr(link!, 'hreflang')).toBe(htmlLang[locale]);
	});
});
