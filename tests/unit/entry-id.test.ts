import { describe, expect, test } from 'vitest';
import { isStub, KEY_PATTERN, splitEntryId } from '../../src/lib/entry-id.ts';

describe('isStub', () => {
	test('a file without a title is a stub Decap wrote for an untranslated locale', () => {
		expect(isStub({})).toBe(true);
		expect(isStub({ key: 'x', date: '2022-07-15', photo: 'a.jpg' })).toBe(true);
		expect(isStub({ title: '' })).toBe(true);
		expect(isStub({ title: '   ' })).toBe(true);
		expect(isStub({ title: null })).toBe(true);
	});

	test('a file with a title is an entry', () => {
		expect(isStub({ title: 'Hello' })).toBe(false);
		expect(isStub({ title: 'こんにちは' })).toBe(false);
	});
});

describe('splitEntryId', () => {
	test('splits <locale>/<key>', () => {
		expect(splitEntryId('ja/chen-wei-ai-startup')).toEqual({ locale: 'ja', key: 'chen-wei-ai-startup' });
	});

	test('keeps deeper paths in the key, so the loader can reject them', () => {
		expect(splitEntryId('en/a/b')).toEqual({ locale: 'en', key: 'a/b' });
		expect(splitEntryId('orphan')).toEqual({ locale: 'orphan', key: '' });
	});
});

describe('KEY_PATTERN', () => {
	test.each(['about', 'chen-wei-ai-startup', '2022-07-15-overseas-talent-support', 'a1'])('accepts %s', (key) => {
		expect(KEY_PATTERN.test(key)).toBe(true);
	});

	test.each(['About', 'chen_wei', 'chen--wei', '-lead', 'trail-', 'ja/x', '東京', 'café', '', 'a b'])('rejects %j', (key) => {
		expect(KEY_PATTERN.test(key)).toBe(false);
	});
});
