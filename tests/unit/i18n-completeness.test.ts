/** UI strings: one JSON per locale, every key in every locale (plural forms count as one key). */
import { describe, expect, test } from 'vitest';
import { baseKeys, type UiKey, uiStrings, useTranslations } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';

const union = new Set(locales.flatMap((locale) => [...baseKeys(locale)]));

describe.each([...locales])('UI strings in %s', (locale) => {
	test('define every key that any locale defines', () => {
		const missing = [...union].filter((key) => !baseKeys(locale).has(key)).sort();
		expect(missing, `keys missing in src/i18n/ui/${locale}.json`).toEqual([]);
	});

	test('have no empty strings', () => {
		const empty = Object.entries(uiStrings[locale]).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
		expect(empty.map(([key]) => key)).toEqual([]);
	});

	test('keep the {{placeholders}} of the Japanese source', () => {
		const placeholders = (value: string) => [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
		const source = uiStrings.ja;
		const mismatched: string[] = [];
		for (const [key, value] of Object.entries(uiStrings[locale])) {
			const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
			const original = source[key] ?? source[`${base}_other`] ?? source[base];
			if (original === undefined) continue;
			const expected = new Set(placeholders(original));
			// `count` may be dropped where a language does not show it (e.g. plural forms); others must stay.
			const actual = new Set(placeholders(value));
			for (const name of expected) if (name !== 'count' && !actual.has(name)) mismatched.push(`${key}: missing {{${name}}}`);
			for (const name of actual) if (!expected.has(name) && name !== 'count') mismatched.push(`${key}: unknown {{${name}}}`);
		}
		expect(mismatched).toEqual([]);
	});

	test('resolve through t() for every key, without falling back to the key itself', () => {
		const t = useTranslations(locale);
		const unresolved = [...union].filter((key) => t(key as UiKey, { count: 2 }) === key);
		expect(unresolved).toEqual([]);
	});
});

describe('baseKeys', () => {
	test('folds plural suffixes into one key', () => {
		const keys = baseKeys('en');
		expect(keys.has('stories.count')).toBe(true);
		expect(keys.has('stories.count_one')).toBe(false);
		expect(keys.has('stories.count_other')).toBe(false);
	});
});

describe('useTranslations', () => {
	test('translates into the requested locale only', () => {
		expect(useTranslations('en')('nav.stories')).toBe('Success stories');
		expect(useTranslations('ja')('nav.stories')).not.toBe('Success stories');
	});

	test('chooses plural forms by count', () => {
		const t = useTranslations('en');
		expect(t('stories.count', { count: 1 })).toBe('1 story');
		expect(t('stories.count', { count: 3 })).toBe('3 stories');
	});

	test('does not HTML-escape (Astro escapes on output)', () => {
		expect(useTranslations('en')('fallback.badge', { language: '<b>&' })).toContain('<b>&');
	});
});
