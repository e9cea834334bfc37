/** A press feed per language (DESIGN “Press”): Atom, in its language, with only real translations. */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, htmlLang, isTranslated, listUrl, locales } from '../support/content.ts';
import { distFile, page, readDist, siteOrigin } from '../support/dist.ts';
import { attr, parseHtml, queryAll, textOf } from '../support/html.ts';

describe.each([...locales])('the %s press feed', (locale) => {
	const url = `${listUrl('press', locale)}feed.xml`;

	test('exists and is an Atom feed in the language', () => {
		const xml = readDist(url);
		expect(xml).toContain('xmlns="http://www.w3.org/2005/Atom"');
		expect(xml).toContain(`xml:lang="${htmlLang[locale]}"`);
	});

	test('lists exactly the releases translated into the language, linking to their pages', () => {
		const document = parseHtml(readDist(url));
		const links = queryAll(document, 'entry').map((entry) => new URL(attr(queryAll(entry, 'link')[0], 'href')!).pathname);
		const expected = entries('press')
			.filter((entry) => isTranslated(entry, locale))
			.map((entry) => entryUrl('press', locale, entry.key));
		expect(links.sort()).toEqual(expected.sort());
		for (const link of links) expect(distFile(link), link).toBeDefined();
		for (const title of queryAll(document, 'title')) expect(textOf(title).length).toBeGreaterThan(0);
	});

	test('is announced in the head of the press list', () => {
		const link = page(listUrl('press', locale)).all('link[rel=alternate][type="application/atom+xml"]')[0];
		expect(link).toBeDefined();
		expect(new URL(attr(link!, 'href')!, siteOrigin()).pathname).toBe(url);
	});
});
