/** A stories feed per language (issue 9): valid Atom, with only real translations, announced in every page's head and on the stories page. */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, htmlLang, isTranslated, listUrl, locales } from '../support/content.ts';
import { distFile, page, readDist, siteOrigin } from '../support/dist.ts';
import { attr, parseHtml, queryAll, textOf } from '../support/html.ts';

describe.each([...locales])('the %s stories feed', (locale) => {
	const url = `${listUrl('stories', locale)}feed.xml`;

	test('is Atom in the language, with an id, an updated time and a self link', () => {
		const xml = readDist(url);
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
		expect(xml).toContain(`xml:lang="${htmlLang[locale]}"`);
		const document = parseHtml(xml);
		const feed = queryAll(document, 'feed')[0];
		expect(textOf(queryAll(feed, 'id')[0])).toBe(`${siteOrigin()}${url}`);
		expect(Number.isNaN(Date.parse(textOf(queryAll(feed, 'updated')[0])))).toBe(false);
		expect(queryAll(feed, 'link[rel=self]').map((link) => attr(link, 'href'))).toEqual([`${siteOrigin()}${url}`]);
	});

	test('holds exactly the stories written in the language, each with id, title, link, updated and summary', () => {
		const document = parseHtml(readDist(url));
		const feedEntries = queryAll(document, 'entry');
		const expected = entries('stories')
			.filter((entry) => isTranslated(entry, locale))
			.map((entry) => entryUrl('stories', locale, entry.key));
		const links = feedEntries.map((entry) => new URL(attr(queryAll(entry, 'link')[0], 'href')!).pathname);
		expect(links.sort()).toEqual(expected.sort());
		for (const entry of feedEntries) {
			expect(textOf(queryAll(entry, 'id')[0])).toMatch(/^https?:\/\//);
			expect(textOf(queryAll(entry, 'title')[0]).length).toBeGreaterThan(0);
			expect(textOf(queryAll(entry, 'summary')[0]).length).toBeGreaterThan(0);
			expect(Number.isNaN(Date.parse(textOf(queryAll(entry, 'updated')[0])))).toBe(false);
		}
		for (const link of links) expect(distFile(link), link).toBeDefined();
	});

	test('is announced in the head of every kind of page, and linked from the stories page', () => {
		for (const path of [listUrl('stories', locale), listUrl('press', locale), `/${locale}/`]) {
			const hrefs = page(path)
				.all('link[rel=alternate][type="application/atom+xml"]')
				.map((link) => new URL(attr(link, 'href')!, siteOrigin()).pathname);
			expect(hrefs, path).toContain(url);
			expect(hrefs, path).toContain(`${listUrl('press', locale)}feed.xml`);
		}
		const links = page(listUrl('stories', locale)).all('a[type="application/atom+xml"]');
		expect(links.map((link) => attr(link, 'href'))).toContain(url);
	});
});
