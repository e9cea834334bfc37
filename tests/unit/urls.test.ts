import { describe, expect, test } from 'vitest';
import { absoluteUrl, collectionPath, entryPath, feedPath, icsPath, localePath, switchLocale } from '../../src/lib/urls.ts';

describe('localePath', () => {
	test('puts every page under its locale, with a trailing slash', () => {
		expect(localePath('ja')).toBe('/ja/');
		expect(localePath('en', 'stories')).toBe('/en/stories/');
		expect(localePath('zh', 'stories', 'country', 'in')).toBe('/zh/stories/country/in/');
	});

	test('skips empty segments', () => {
		expect(localePath('ko', '', 'about')).toBe('/ko/about/');
		expect(localePath('ko', '')).toBe('/ko/');
	});

	test('takes a path of several segments, with or without slashes around it', () => {
		expect(localePath('en', 'programmes/internship/')).toBe('/en/programmes/internship/');
		expect(localePath('en', '/programmes/internship')).toBe('/en/programmes/internship/');
	});
});

describe('entryPath', () => {
	test('uses the collection segment and the key', () => {
		expect(entryPath('stories', 'en', 'chen-wei-ai-startup')).toBe('/en/stories/chen-wei-ai-startup/');
		expect(entryPath('press', 'zh', '2022-07-15-overseas-talent-support')).toBe('/zh/press/2022-07-15-overseas-talent-support/');
		expect(entryPath('programmes', 'ja', 'internship')).toBe('/ja/programmes/internship/');
		expect(entryPath('events', 'ko', 'briefing-2022-07-13')).toBe('/ko/events/briefing-2022-07-13/');
	});

	test('puts pages at the locale root', () => {
		expect(entryPath('pages', 'en', 'about')).toBe('/en/about/');
	});

	test('uses the same key in every locale', () => {
		const paths = (['ja', 'en', 'zh', 'ko'] as const).map((locale) => entryPath('stories', locale, 'x'));
		expect(paths).toEqual(['/ja/stories/x/', '/en/stories/x/', '/zh/stories/x/', '/ko/stories/x/']);
	});
});

describe('collectionPath', () => {
	test('is the list page of a collection', () => {
		expect(collectionPath('press', 'ko')).toBe('/ko/press/');
		expect(collectionPath('events', 'ja')).toBe('/ja/events/');
	});
});

describe('icsPath', () => {
	test('is the event page’s path with .ics instead of the trailing slash', () => {
		expect(icsPath('en', 'briefing-2022-07-13')).toBe('/en/events/briefing-2022-07-13.ics');
		expect(icsPath('ja', 'x')).toBe('/ja/events/x.ics');
	});
});

describe('feedPath', () => {
	test('is feed.xml in the locale’s press list', () => {
		expect(feedPath('zh')).toBe('/zh/press/feed.xml');
	});
});

describe('switchLocale', () => {
	test('swaps only the leading locale segment', () => {
		expect(switchLocale('/en/press/x/', 'ko')).toBe('/ko/press/x/');
		expect(switchLocale('/ja/', 'zh')).toBe('/zh/');
		expect(switchLocale('/ja', 'en')).toBe('/en');
	});

	test('leaves two-letter segments deeper in the path alone', () => {
		expect(switchLocale('/en/stories/country/in/', 'ja')).toBe('/ja/stories/country/in/');
		expect(switchLocale('/en/stories/industry/ai-data/', 'zh')).toBe('/zh/stories/industry/ai-data/');
	});

	test('does not take a longer first segment for a locale', () => {
		expect(switchLocale('/enterprise/', 'ja')).toBe('/enterprise/');
	});
});

describe('absoluteUrl', () => {
	test('resolves a site path against the site', () => {
		expect(absoluteUrl('/en/', 'https://example.org')).toBe('https://example.org/en/');
		expect(absoluteUrl('/en/', new URL('https://example.org/base/'))).toBe('https://example.org/en/');
	});

	test('refuses to guess when the site is not configured', () => {
		expect(() => absoluteUrl('/en/', undefined)).toThrow(/site/);
	});
});
