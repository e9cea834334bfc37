/** English query words (src/lib/search/english.ts): stop words, number forms, typos. */
import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance, englishStopWords, numberForms, typoLimit } from '../../src/lib/search/english.ts';

describe('English query words', () => {
	test('question words are stop words; topic words are not', () => {
		for (const word of ['how', 'do', 'i', 'the', 'for', 'when', 'are', 'what', 'is']) expect(englishStopWords.has(word), word).toBe(true);
		for (const word of ['internship', 'apply', 'phone', 'number', 'online', 'meeting']) expect(englishStopWords.has(word), word).toBe(false);
	});

	test('singular and plural go together, irregular ones too', () => {
		expect(numberForms('companies')).toEqual(['companies', 'company']);
		expect(numberForms('company')).toEqual(['company', 'companies']);
		expect(numberForms('desks')).toEqual(['desks', 'desk']);
		expect(numberForms('desk')).toEqual(['desk', 'desks']);
		expect(numberForms('approaches')).toEqual(['approaches', 'approach']);
		expect(numberForms('people')).toEqual(['people', 'person']);
		expect(numberForms('analysis')).toEqual(['analysis', 'analyses']);
		expect(numberForms('status')).toEqual(['status', 'statuses']);
	});

	test('edit distance counts a swap of neighbours as one edit, and stops past the limit', () => {
		expect(editDistance('internshp', 'internship')).toBe(1);
		expect(editDistance('privcay', 'privacy')).toBe(1);
		expect(editDistance('acessibility', 'accessibility')).toBe(1);
		expect(editDistance('kyoto', 'tokyo', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});

	test('a typo is corrected to the closest index word, the more common one when two are as close; short words never', () => {
		const words = new Map([
			['internship', 9],
			['interns', 2],
			['vietnam', 3],
			['privacy', 2],
			['policy', 3],
			['police', 1],
		]);
		expect(didYouMean('internshp', words)).toBe('internship');
		expect(didYouMean('vietnm', words)).toBe('vietnam');
		expect(didYouMean('polcy', words)).toBe('policy');
		expect(didYouMean('kyoto', words)).toBeUndefined();
		expect(typoLimit('sme')).toBe(0);
		expect(didYouMean('smx', new Map([['sme', 1]]))).toBeUndefined();
	});
});
