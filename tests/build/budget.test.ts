/**
 * DESIGN budget: a story page, images aside, is HTML + CSS ≤ 14 KB gzipped, so it arrives in the
 * first round trip. Measured here on every translated story page; the figures are printed.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, isTranslated, locales } from '../support/content.ts';
import { distFile, page, readDist } from '../support/dist.ts';
import { attr } from '../support/html.ts';

const BUDGET = 14 * 1024;

/** gzip (level 6, as servers do) of the HTML plus each stylesheet it links. Inline <style> is part of the HTML. */
function weight(url: string) {
	const html = readDist(url);
	const stylesheets = page(url)
		.all('link[rel~=stylesheet][href]')
		.map((link) => attr(link, 'href')!)
		.filter((href) => href.startsWith('/'));
	const htmlGzip = gzipSync(html, { level: 6 }).length;
	const cssGzip = stylesheets.reduce((sum, href) => sum + gzipSync(readFileSync(distFile(href)!), { level: 6 }).length, 0);
	return { url, htmlBytes: Buffer.byteLength(html), htmlGzip, cssGzip, total: htmlGzip + cssGzip, stylesheets: stylesheets.length };
}

describe('story page weight', () => {
	const stories = entries('stories').flatMap((entry) =>
		locales.filter((locale) => isTranslated(entry, locale)).map((locale) => entryUrl('stories', locale, entry.key)),
	);
	const weights = stories.map(weight);

	test('there are story pages to measure', () => {
		expect(weights.length).toBeGreaterThan(0);
	});

	test('HTML + CSS of every story page is at most 14 KB gzipped', () => {
		const heaviest = [...weights].sort((a, b) => b.total - a.total);
		for (const item of heaviest) {
			console.log(
				`[budget] ${item.url}: HTML ${item.htmlBytes} B (${item.htmlGzip} B gzipped) + CSS ${item.cssGzip} B gzipped from ${item.stylesheets} file(s) = ${item.total} B gzipped (${(item.total / 1024).toFixed(2)} KB of 14 KB)`,
			);
		}
		expect(heaviest.filter((item) => item.total > BUDGET).map((item) => `${item.url}: ${item.total} B`)).toEqual([]);
	});
});
