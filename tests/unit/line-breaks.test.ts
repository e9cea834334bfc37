/** Long Japanese compounds break where their words meet, never inside a word. */
import { expect, test } from 'vitest';
import { compoundParts } from '../../src/lib/line-breaks.ts';

test('a long kanji–katakana compound may break where the script changes', () => {
	expect(compoundParts('高度外国人材インターンシップ', 'ja')).toEqual(['高度外国人材', 'インターンシップ']);
	expect(compoundParts('高度外国人材インターンシップ参加企業向け説明会（2022年7月21日）', 'ja')).toEqual([
		'高度外国人材',
		'インターンシップ',
		'参加企業向け説明会（2022年7月21日）',
	]);
});

test('short compounds and other languages stay whole', () => {
	expect(compoundParts('海外相談窓口', 'ja')).toEqual(['海外相談窓口']);
	expect(compoundParts('データ分析', 'ja')).toEqual(['データ分析']);
	expect(compoundParts('高度外国人才实习项目', 'zh')).toEqual(['高度外国人才实习项目']);
	expect(compoundParts("ウェブサイト「Let's Work in Tokyo」による情報発信", 'ja').join('')).toBe("ウェブサイト「Let's Work in Tokyo」による情報発信");
});
