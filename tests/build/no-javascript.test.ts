/**
 * Content pages ship no JavaScript (DESIGN budgets): programmes, stories, press, pages carry no
 * <script> but JSON-LD; event pages only the small inline local-time script; the chooser at / only
 * its inline forwarder (< 1 KB). Nothing loads a script file.
 */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, locales, readSettings } from '../support/content.ts';
import { htmlPages, page } from '../support/dist.ts';
import { attr } from '../support/html.ts';
import { contentPages, localePages } from '../support/site.ts';

/** The desks page (pages entry `desks`) in every locale. */
const desksPages = entries('pages')
	.filter((entry) => entry.key === 'desks')
	.flatMap((entry) => locales.map((locale) => entryUrl('pages', locale, entry.key)));
const describeScripts = (url: string) =>
	page(url).scripts.map(
		(script) => `${url}: <script${script.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}> ${(script.childNodes[0]?.value ?? '').slice(0, 60)}`,
	);
const inlineBytes = (url: string) =>
	page(url).scripts.reduce((sum, script) => sum + Buffer.byteLength(script.childNodes.map((child) => child.value ?? '').join('')), 0);

describe('JavaScript on pages', () => {
	test('programme, story, release, guide, company, FAQ and pages entries have no <script> but JSON-LD', () => {
		const pages = contentPages().filter((url) => !desksPages.includes(url));
		expect(pages.length).toBeGreaterThan(0);
		expect(pages.flatMap(describeScripts)).toEqual([]);
	});

	test('the desks page carries at most one small inline script (the reader’s country first), and none while it lists no desks', () => {
		const problems: string[] = [];
		const desks = (readSettings().desks?.list ?? []) as { country: string }[];
		for (const url of desksPages) {
			const scripts = page(url).scripts;
			if (scripts.length > (new Set(desks.map((desk) => desk.country)).size > 1 ? 1 : 0)) problems.push(`${url}: ${scripts.length} scripts`);
			if (scripts.some((script) => attr(script, 'src') !== undefined)) problems.push(`${url}: loads a script file`);
			if (inlineBytes(url) > 1024) problems.push(`${url}: ${inlineBytes(url)} bytes of inline script`);
		}
		expect(desksPages).toHaveLength(locales.length);
		expect(problems).toEqual([]);
	});

	test('home, lists and story filters have no <script> but JSON-LD', () => {
		const pages = locales.flatMap(localePages);
		expect(pages.flatMap(describeScripts)).toEqual([]);
	});

	test('event pages carry only one small inline script (the reader’s local time)', () => {
		const problems: string[] = [];
		for (const entry of entries('events')) {
			for (const locale of locales) {
				const url = entryUrl('events', locale, entry.key);
				const scripts = page(url).scripts;
				if (scripts.length > 1) problems.push(`${url}: ${scripts.length} scripts`);
				if (scripts.some((script) => attr(script, 'src') !== undefined)) problems.push(`${url}: loads a script file`);
				if (inlineBytes(url) > 1024) problems.push(`${url}: ${inlineBytes(url)} bytes of inline script`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the language chooser at / forwards with one inline script under 1 KB', () => {
		const scripts = page('/').scripts;
		expect(scripts).toHaveLength(1);
		expect(attr(scripts[0], 'src')).toBeUndefined();
		expect(inlineBytes('/')).toBeLessThan(1024);
		console.log(`[no-javascript] language chooser forwarder: ${inlineBytes('/')} bytes`);
	});

	test('no public page loads a script file or a module preload', () => {
		const problems: string[] = [];
		for (const url of htmlPages()) {
			if (/^\/[a-z]{2}\/search\//.test(url)) continue; // the search page loads Pagefind on demand (search engineer's tests)
			for (const script of page(url).all('script[src]')) problems.push(`${url}: ${attr(script, 'src')}`);
			for (const link of page(url).all('link[rel=modulepreload]')) problems.push(`${url}: modulepreload ${attr(link, 'href')}`);
		}
		expect(problems).toEqual([]);
	});

	test('no element carries an inline event handler', () => {
		const problems: string[] = [];
		for (const url of htmlPages()) {
			for (const element of page(url).all('*')) {
				const handler = element.attrs.find((a) => /^on[a-z]+$/.test(a.name));
				if (handler) problems.push(`${url}: <${element.tagName} ${handler.name}>`);
			}
		}
		expect(problems).toEqual([]);
	});
});
