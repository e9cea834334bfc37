/** Line breaking of the release PDFs: kinsoku for Japanese and Chinese, spaces only for Korean and English. */
import { describe, expect, test } from 'vitest';
import { breakLines, breakUnits } from '../../src/lib/line-break.ts';

/** Every character one unit wide: a line of width n holds n characters. */
const count = (text: string) => [...text].length;

describe('Japanese and Chinese (cjk)', () => {
	test('break between any two characters', () => {
		expect(breakLines('東京都は人材を募集します', 4, count, 'cjk')).toEqual(['東京都は', '人材を募', '集します']);
	});

	test('closing punctuation never starts a line: it stays with the character before it', () => {
		const lines = breakLines('東京都は募集。説明会、ある', 5, count, 'cjk');
		for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[。、」）]/);
		// 集。 is one unit: 集 moves to the next line with its stop rather than leave 。 to start one.
		expect(lines).toEqual(['東京都は募', '集。説明', '会、ある']);
	});

	test('an opening bracket never ends a line: it moves to the next with what it opens', () => {
		const lines = breakLines('ありがとう「東京」です', 6, count, 'cjk');
		for (const line of lines) expect(line.at(-1)).not.toMatch(/[「（]/);
		expect(lines).toEqual(['ありがとう', '「東京」です']);
	});

	test('Latin words inside CJK text stay whole', () => {
		expect(breakUnits('説明会JOB HUB SQUAREで', 'cjk')).toEqual(['説', '明', '会', 'JOB ', 'HUB ', 'SQUARE', 'で']);
	});

	test('the units joined give the text back', () => {
		const text = '東京都は、「Let’s Work in Tokyo」（外国人材）を発信します。';
		expect(breakUnits(text, 'cjk').join('')).toBe(text);
	});
});

describe('Korean and English (spaces)', () => {
	test('Korean breaks at spaces only, never inside a word (keep-all)', () => {
		const lines = breakLines('도쿄도는 해외 인재의 취업을 지원합니다', 9, count, 'spaces');
		expect(lines).toEqual(['도쿄도는 해외', '인재의 취업을', '지원합니다']);
		for (const line of lines) expect(line).toBe(line.trim());
	});

	test('English breaks at spaces and drops them at line ends', () => {
		expect(breakLines('Tokyo invites companies to host interns', 16, count, 'spaces')).toEqual(['Tokyo invites', 'companies to', 'host interns']);
	});

	test('a word wider than the line is cut where it overflows', () => {
		expect(breakLines('supercalifragilistic ok', 8, count, 'spaces')).toEqual(['supercal', 'ifragili', 'stic ok']);
	});
});
