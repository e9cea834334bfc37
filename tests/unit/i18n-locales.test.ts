import { describe, expect, test } from 'vitest';
import { defaultLocale, isLocale, localeInfo, locales, lookupOrder, matchLocale } from '../../src/i18n/locales.ts';

const site = ['ja', 'en', 'zh', 'ko'];

describe('locales', () => {
	test('are ja (the source), en, zh and ko', () => {
		expect([...locales]).toEqual(site);
		expect(defaultLocale).toBe('ja');
	});

	test('use the BCP 47 tags of DESIGN.md for <html lang> and hreflang', () => {
		expect(Object.fromEntries(locales.map((locale) => [locale, localeInfo[locale].tag]))).toEqual({
			ja: 'ja',
			en: 'en',
			zh: 'zh-Hans',
			ko: 'ko',
		});
	});

	test('name each language in itself', () => {
		expect(localeInfo.ja.name).toBe('日本語');
		expect(localeInfo.en.name).toBe('English');
		expect(localeInfo.zh.name).toBe('简体中文');
		expect(localeInfo.ko.name).toBe('한국어');
	});

	test('isLocale accepts the four codes only', () => {
		for (const locale of site) expect(isLocale(locale)).toBe(true);
		for (const value of ['fr', 'zh-Hans', 'JA', '', undefined, 1]) expect(isLocale(value)).toBe(false);
	});
});

describe('lookupOrder', () => {
	test('is the locale, then its fallback chain (zh → en → ja, ko → en → ja, en → ja)', () => {
		expect(lookupOrder('ja')).toEqual(['ja']);
		expect(lookupOrder('en')).toEqual(['en', 'ja']);
		expect(lookupOrder('zh')).toEqual(['zh', 'en', 'ja']);
		expect(lookupOrder('ko')).toEqual(['ko', 'en', 'ja']);
	});

	test('always ends in Japanese, the source language', () => {
		for (const locale of locales) expect(lookupOrder(locale).at(-1)).toBe('ja');
	});
});

describe('matchLocale', () => {
	const match = (preferred: string[]) => matchLocale(preferred, site, 'en');

	test.each([
		[['ko-KR', 'ko'], 'ko'],
		[['zh-TW'], 'zh'],
		[['zh-Hant-HK'], 'zh'],
		[['zh-CN', 'en'], 'zh'],
		[['ja'], 'ja'],
		[['ja-JP'], 'ja'],
		[['JA-jp'], 'ja'],
		[['en-GB'], 'en'],
	])('%j → %s', (preferred, expected) => {
		expect(match(preferred)).toBe(expected);
	});

	test('takes the first preferred language the site has', () => {
		expect(match(['fr-FR', 'ko', 'ja'])).toBe('ko');
		expect(match(['de', 'vi', 'ja-JP', 'en'])).toBe('ja');
	});

	test('falls back when no preferred language is available', () => {
		expect(match(['fr-FR', 'de'])).toBe('en');
		expect(match([])).toBe('en');
		expect(matchLocale(['fr'], site, 'ja')).toBe('ja');
	});

	test('is self-contained, so the language chooser can inline its source', () => {
		// The chooser inlines matchLocale.toString(): it must not close over anything outside itself.
		const inlined = new Function(`return (${matchLocale.toString()})`)() as typeof matchLocale;
		expect(inlined(['ko-KR'], site, 'en')).toBe('ko');
		expect(inlined(['fr'], site, 'en')).toBe('en');
	});
});
