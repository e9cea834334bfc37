/** Every page: a skip link first, landmarks, one main and one h1; images with alt, width and height. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlPages, page } from '../support/dist.ts';
import { attr, textOf } from '../support/html.ts';
import { projectRoot } from '../support/paths.ts';

const localePages = htmlPages().filter((url) => /^\/(ja|en|zh|ko)\//.test(url));

describe('page structure', () => {
	test('the first link of every page skips to main', () => {
		const problems: string[] = [];
		for (const url of localePages) {
			const first = page(url).one('a[href]');
			if (!first || attr(first, 'href') !== '#main') problems.push(`${url}: first link is ${first && attr(first, 'href')}`);
			else if (!textOf(first)) problems.push(`${url}: the skip link has no text`);
			if (!page(url).one('main#main')) problems.push(`${url}: no <main id="main">`);
		}
		expect(problems).toEqual([]);
	});

	test('one main, one h1, a header, a footer and a labelled navigation on every page', () => {
		const problems: string[] = [];
		for (const url of localePages) {
			const current = page(url);
			if (current.all('main').length !== 1) problems.push(`${url}: ${current.all('main').length} <main>`);
			if (current.all('h1').length !== 1) problems.push(`${url}: ${current.all('h1').length} <h1>`);
			if (current.all('header').length === 0) problems.push(`${url}: no <header>`);
			if (current.all('footer').length === 0) problems.push(`${url}: no <footer>`);
			const navs = current.all('nav');
			if (navs.length === 0 || navs.some((nav) => !attr(nav, 'aria-label') && !attr(nav, 'aria-labelledby'))) problems.push(`${url}: unlabelled <nav>`);
		}
		expect(problems).toEqual([]);
	});

	test('every image has alt text (empty only when decorative), width and height', () => {
		const problems = new Set<string>();
		for (const url of htmlPages()) {
			for (const image of page(url).all('img')) {
				if (attr(image, 'alt') === undefined) problems.add(`${url}: ${attr(image, 'src')} has no alt`);
				if (!attr(image, 'width') || !attr(image, 'height')) problems.add(`${url}: ${attr(image, 'src')} has no width/height`);
			}
		}
		expect([...problems]).toEqual([]);
	});

	test('no page shows template leftovers: undefined, NaN, Invalid Date, [object Object], {{placeholders}}', () => {
		const problems: string[] = [];
		for (const url of htmlPages()) {
			const text = page(url).text;
			const match = /\bundefined\b|\bNaN\b|Invalid Date|\[object Object\]|\{\{|\}\}/.exec(text);
			if (match) problems.push(`${url}: “${text.slice(Math.max(0, match.index - 30), match.index + 30)}”`);
			for (const element of page(url).all('*')) {
				for (const attribute of element.attrs) {
					if (/^(undefined|NaN|\[object Object\])$/.test(attribute.value)) problems.push(`${url}: <${element.tagName} ${attribute.name}="${attribute.value}">`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('no page shows a raw UI string key (a t() call that found no translation)', () => {
		const keys = new Set(
			['ja', 'en', 'zh', 'ko'].flatMap((locale) =>
				Object.keys(JSON.parse(readFileSync(path.join(projectRoot, `src/i18n/ui/${locale}.json`), 'utf8'))).map((key) =>
					key.replace(/_(zero|one|two|few|many|other)$/, ''),
				),
			),
		);
		const dotted = [...keys].filter((key) => key.includes('.'));
		const problems: string[] = [];
		for (const url of htmlPages()) {
			const text = `${page(url).text} ${page(url).title}`;
			for (const key of dotted) if (text.includes(key)) problems.push(`${url}: ${key}`);
		}
		expect(problems).toEqual([]);
	});
});
