/** Search queries made comparable with the index (src/lib/search/normalise.ts). */
import { describe, expect, test } from 'vitest';
import { foldWidth, japaneseVariants, numberDigits, toSimplified } from '../../src/lib/search/normalise.ts';

describe('query normalisation', () => {
	test('full-width and half-width forms fold, letters lower-case', () => {
		expect(foldWidth('ＷＣＡＧ　２．２')).toBe('wcag 2.2');
		expect(foldWidth('ｲﾝﾀｰﾝｼｯﾌﾟ')).toBe('インターンシップ');
		expect(foldWidth('Zoom')).toBe('zoom');
	});

	test('numbers written with symbols become their digits; other text stays', () => {
		expect(numberDigits('+81-3-5320-4628')).toBe('81353204628');
		expect(numberDigits('電話 03-5320-4628')).toBe('電話 0353204628');
		expect(numberDigits('2-6-2 Otemachi, 13:00–14:30')).toBe('262 Otemachi, 13001430');
		expect(numberDigits('WCAG 2.2 AA')).toBe('WCAG 22 AA');
		expect(numberDigits('2022年7月1日 e-commerce')).toBe('2022年7月1日 e-commerce');
	});

	test('Traditional Chinese folds to Simplified; characters outside the table stay', () => {
		expect(toSimplified('實習')).toBe('实习');
		expect(toSimplified('說明會')).toBe('说明会');
		expect(toSimplified('諮詢窗口')).toBe('咨询窗口');
		expect(toSimplified('隱私政策')).toBe('隐私政策');
		expect(toSimplified('中小企業 電話號碼')).toBe('中小企业 电话号码');
		expect(toSimplified('东京 Zoom')).toBe('东京 Zoom');
	});

	test('Japanese spelling variants are listed with the word itself first', () => {
		expect(japaneseVariants('問合せ')).toEqual(['問合せ', '問い合わせ', '問い合せ', '問合わせ']);
		expect(japaneseVariants('お問い合わせ先')).toContain('お問合せ先');
		expect(japaneseVariants('受入れ')).toEqual(['受入れ', '受け入れ', '受入']);
		expect(japaneseVariants('ウエブサイト')).toEqual(['ウエブサイト', 'ウェブサイト']);
		expect(japaneseVariants('アクセシビリティー')).toEqual(['アクセシビリティー', 'アクセシビリティ']);
		expect(japaneseVariants('説明会')).toEqual(['説明会']);
	});
});
