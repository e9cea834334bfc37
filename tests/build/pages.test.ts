/** Every entry × locale page exists (fallbacks included), derived from content/. */
import { describe, expect, test } from 'vitest';
import { allEntries, entries, locales, pageCollections } from '../support/content.ts';
import { exists, htmlPages } from '../support/dist.ts';
import { entryPages, expectedPages, localePages } from '../support/site.ts';

describe('built pages', () => {
	test('content has entries to build (the content model is not empty)', () => {
		for (const collection of pageCollections) expect(entries(collection).length, collection).toBeGreaterThan(0);
	});

	test('every entry has a page in every locale, fallbacks included', () => {
		const missing = entryPages()
			.filter((page) => !exists(page.url))
			.map((page) => page.url);
		expect(missing).toEqual([]);
		expect(entryPages().length).toBe(allEntries().length * locales.length);
	});

	test('every locale has its home, lists, story filters and 404', () => {
		const missing = locales.flatMap(localePages).filter((url) => !exists(url));
		expect(missing).toEqual([]);
	});

	test('the language chooser, the root 404, the sitemap and robots.txt exist', () => {
		for (const url of ['/', '/404.html', '/sitemap.xml', '/robots.txt']) expect(exists(url), url).toBe(true);
	});

	test('no entry page is built for a key that has no entry (stubs and strays)', () => {
		const expected = new Set(expectedPages());
		const segments = ['programmes', 'events', 'stories', 'press', 'guides', 'companies'];
		const strays = htmlPages().filter((url) => {
			const match = /^\/(ja|en|zh|ko)\/([^/]+)\/([^/]+)\/$/.exec(url);
			return match && segments.includes(match[2]) && !expected.has(url);
		});
		expect(strays).toEqual([]);
	});

	test.each([...locales])('%s: every event has a calendar file', (locale) => {
		const missing = entries('events')
			.map((entry) => `/${locale}/events/${entry.key}.ics`)
			.filter((url) => !exists(url));
		expect(missing).toEqual([]);
	});
});
