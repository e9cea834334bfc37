/** Made-up examples say so in every language: in metadata, on cards, on the page. */
import { describe, expect, test } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';
import { exampleLabelled, exampleNotice, isExample } from '../../src/lib/examples.ts';

describe('exampleLabelled', () => {
	test('marks an example’s title in each language, and leaves real entries alone', () => {
		expect(exampleLabelled('Kumoji Analytics Inc.', true, 'en')).toBe('Example: Kumoji Analytics Inc.');
		expect(exampleLabelled('株式会社雲路アナリティクス', true, 'ja')).toBe('【掲載例】株式会社雲路アナリティクス');
		expect(exampleLabelled('云路分析株式会社', true, 'zh')).toBe('【示例】云路分析株式会社');
		expect(exampleLabelled('구모지 애널리틱스 주식회사', true, 'ko')).toBe('[예시] 구모지 애널리틱스 주식회사');
		for (const locale of locales) expect(exampleLabelled('A real company', false, locale)).toBe('A real company');
	});

	test('the label and the notices use the word of the badge', () => {
		for (const locale of locales) {
			const { badge } = exampleNotice('stories', locale);
			expect(badge).toBe(uiStrings[locale]['example.badge']);
			expect(exampleLabelled('x', true, locale)).toContain(badge);
			expect(exampleNotice('stories', locale).notice).toContain(badge);
			expect(exampleNotice('companies', locale).notice).toContain(badge);
		}
	});
});

test('isExample reads `example: true` only', () => {
	expect(isExample({ example: true })).toBe(true);
	expect(isExample({ example: false })).toBe(false);
	expect(isExample({ title: 'x' })).toBe(false);
});
