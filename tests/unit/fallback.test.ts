import { describe, expect, test } from 'vitest';
import { groupByKey, resolveVersion } from '../../src/lib/fallback.ts';

describe('resolveVersion', () => {
	test('shows the locale’s own version when it exists', () => {
		const resolved = resolveVersion({ ja: 'ja text', en: 'en text', ko: 'ko text' }, 'ko');
		expect(resolved).toEqual({ locale: 'ko', contentLocale: 'ko', isFallback: false, translations: ['ja', 'en', 'ko'], value: 'ko text' });
	});

	test('falls back zh → en when Chinese is missing', () => {
		const resolved = resolveVersion({ ja: 'ja text', en: 'en text' }, 'zh');
		expect(resolved).toMatchObject({ locale: 'zh', contentLocale: 'en', isFallback: true, value: 'en text' });
	});

	test('falls back ko → en → ja when Korean and English are missing', () => {
		expect(resolveVersion({ ja: 'ja text', zh: 'zh text' }, 'ko')).toMatchObject({ contentLocale: 'ja', isFallback: true, value: 'ja text' });
	});

	test('falls back en → ja, never to zh or ko', () => {
		expect(resolveVersion({ ja: 'ja text', zh: 'zh text', ko: 'ko text' }, 'en')).toMatchObject({ contentLocale: 'ja', value: 'ja text' });
	});

	test('lists only the translations that exist, in site order', () => {
		expect(resolveVersion({ ko: 1, ja: 2, zh: 3 }, 'en')?.translations).toEqual(['ja', 'zh', 'ko']);
	});

	test('returns undefined when nothing along the chain exists', () => {
		expect(resolveVersion({}, 'ja')).toBeUndefined();
		expect(resolveVersion({ en: 'en only' }, 'ja')).toBeUndefined();
		expect(resolveVersion({ zh: 'zh only' }, 'ko')).toBeUndefined();
	});

	test('treats falsy values as present (only undefined is missing)', () => {
		expect(resolveVersion<number | string>({ ja: 0, en: '' }, 'en')).toMatchObject({ contentLocale: 'en', value: '', isFallback: false });
	});
});

describe('groupByKey', () => {
	test('gathers the language versions of each key', () => {
		const groups = groupByKey([
			{ locale: 'ja', key: 'a', value: 'a-ja' },
			{ locale: 'en', key: 'a', value: 'a-en' },
			{ locale: 'ja', key: 'b', value: 'b-ja' },
		]);
		expect([...groups.keys()]).toEqual(['a', 'b']);
		expect(groups.get('a')).toEqual({ ja: 'a-ja', en: 'a-en' });
		expect(groups.get('b')).toEqual({ ja: 'b-ja' });
	});

	test('is empty for no items', () => {
		expect(groupByKey([]).size).toBe(0);
	});
});
