/** No internal link or asset is broken: every href, src, srcset (and head URLs) resolves to a file in dist/. */
import { describe, expect, test } from 'vitest';
import { distFile, htmlPages, internalPath, page, siteOrigin } from '../support/dist.ts';
import { attr } from '../support/html.ts';

/** [page, reference] for every URL an HTML page points at. */
function references(url: string): { reference: string; where: string }[] {
	const found: { reference: string; where: string }[] = [];
	for (const element of page(url).all('*')) {
		for (const name of ['href', 'src', 'poster', 'action', 'data']) {
			const value = attr(element, name);
			if (value !== undefined && !(element.tagName === 'object' && name !== 'data')) found.push({ reference: value, where: `<${element.tagName} ${name}>` });
		}
		for (const name of ['srcset', 'imagesrcset']) {
			const value = attr(element, name);
			if (value) for (const candidate of value.split(',')) found.push({ reference: candidate.trim().split(/\s+/)[0], where: `<${element.tagName} ${name}>` });
		}
		if (element.tagName === 'meta' && /^(og:(url|image)|twitter:image)$/.test(attr(element, 'property') ?? attr(element, 'name') ?? '')) {
			found.push({ reference: attr(element, 'content') ?? '', where: `<meta ${attr(element, 'property') ?? attr(element, 'name')}>` });
		}
	}
	return found;
}

describe('internal links and assets', () => {
	const pages = htmlPages();

	test('the site has pages to check', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	test('every internal href, src and srcset resolves to a built file', () => {
		const broken = new Set<string>();
		let checked = 0;
		for (const url of pages) {
			for (const { reference, where } of references(url)) {
				if (reference === '') {
					broken.add(`${url}: empty ${where}`);
					continue;
				}
				const target = internalPath(reference, url, siteOrigin());
				if (target === undefined) continue;
				checked += 1;
				if (!distFile(target)) broken.add(`${url}: ${where} ${reference}`);
			}
		}
		expect([...broken]).toEqual([]);
		expect(checked).toBeGreaterThan(pages.length * 10);
	});

	test('internal URLs end in a slash or a file extension (trailingSlash: always)', () => {
		const problems = new Set<string>();
		for (const url of pages) {
			for (const { reference } of references(url)) {
				const target = internalPath(reference, url, siteOrigin());
				if (target && !/\/$|\.[a-z0-9]+$/i.test(target)) problems.add(`${url}: ${reference}`);
			}
		}
		expect([...problems]).toEqual([]);
	});

	test('every #fragment on the same page names an element that exists', () => {
		const problems: string[] = [];
		for (const url of pages) {
			const ids = new Set(
				page(url)
					.all('[id]')
					.map((element) => attr(element, 'id')),
			);
			for (const link of page(url).all('a[href]')) {
				const href = attr(link, 'href')!;
				if (href.startsWith('#') && href.length > 1 && !ids.has(decodeURIComponent(href.slice(1)))) problems.push(`${url}: ${href}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('no link points at a development server or a file on disk', () => {
		const problems: string[] = [];
		for (const url of pages) {
			for (const { reference } of references(url)) {
				if (/^(https?:\/\/(localhost|127\.0\.0\.1)|file:)/i.test(reference) || reference.includes('/@fs/')) problems.push(`${url}: ${reference}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
