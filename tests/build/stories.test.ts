/** Stories: example stories labelled as such; filter pages without JavaScript; photos with alt text. */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, isTranslated, listUrl, locales, storyFilterUrls } from '../support/content.ts';
import { page } from '../support/dist.ts';
import { attr, isInside, textOf } from '../support/html.ts';

const stories = entries('stories');
const examples = stories.filter((entry) => entry.versions.ja!.data.example === true);

describe('example stories', () => {
	test('there are at least four, flagged `example: true` (issue: “at least four”)', () => {
		expect(examples.length).toBeGreaterThanOrEqual(4);
	});

	test.each(examples.flatMap((entry) => locales.map((locale) => entryUrl('stories', locale, entry.key))))('%s is labelled as an example', (url) => {
		const notice = page(url).one('.notice--example');
		expect(notice, '.notice--example').toBeDefined();
		expect(textOf(notice!).length).toBeGreaterThan(3);
		if (url.startsWith('/en/')) expect(textOf(notice!)).toMatch(/example|fictional/i);
	});

	test.each([...locales])('%s: the stories list badges every example', (locale) => {
		const list = page(listUrl('stories', locale));
		const problems: string[] = [];
		for (const entry of examples) {
			const link = list.one(`a[href="${entryUrl('stories', locale, entry.key)}"]`);
			if (!link) {
				problems.push(`${entry.key}: not listed`);
				continue;
			}
			let card = link.parentNode;
			while (card && !['article', 'li'].includes(card.nodeName)) card = card.parentNode;
			if (!card || !list.all('.badge').some((badge) => isInside(badge, card!) && !attr(badge, 'class')!.includes('badge--language'))) {
				problems.push(`${entry.key}: no example badge`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('real stories are not labelled as examples', () => {
		const real = stories.filter((entry) => entry.versions.ja!.data.example !== true);
		const labelled = real
			.flatMap((entry) => locales.map((locale) => entryUrl('stories', locale, entry.key)))
			.filter((url) => page(url).one('.notice--example'));
		expect(labelled).toEqual([]);
	});
});

describe('story filter pages', () => {
	test.each([...locales])('%s: list exactly the stories with that country or industry, as plain links', (locale) => {
		const problems: string[] = [];
		const filterUrls = storyFilterUrls(locale);
		expect(filterUrls.length).toBeGreaterThan(0);
		for (const url of filterUrls) {
			const [, , , facet, value] = url.split('/');
			const expected = stories.filter((entry) => String(entry.versions.ja!.data[facet]) === value).map((entry) => entryUrl('stories', locale, entry.key));
			const current = page(url);
			const listed = new Set(
				current
					.all('a[href]')
					.filter((link) => isInside(link, current.main!))
					.map((link) => attr(link, 'href')!)
					.filter((href) => stories.some((entry) => href === entryUrl('stories', locale, entry.key))),
			);
			if ([...listed].sort().join() !== expected.sort().join()) problems.push(`${url}: lists ${[...listed].join(' ')}; expected ${expected.join(' ')}`);
		}
		expect(problems).toEqual([]);
	});

	test.each([...locales])('%s: the stories list links to every filter page, marking none as current', (locale) => {
		const list = page(listUrl('stories', locale));
		for (const url of storyFilterUrls(locale)) expect(list.one(`a[href="${url}"]`), url).toBeDefined();
		expect(list.all('a[aria-current=page]').filter((link) => storyFilterUrls(locale).includes(attr(link, 'href')!))).toEqual([]);
	});

	test.each([...locales])('%s: a filter page marks its own link as current', (locale) => {
		for (const url of storyFilterUrls(locale)) {
			expect(page(url).one(`a[href="${url}"][aria-current=page]`), url).toBeDefined();
		}
	});
});

describe('story pages', () => {
	test('show the photo with alt text, width and height (no layout shift)', () => {
		const problems: string[] = [];
		for (const entry of stories) {
			for (const locale of locales) {
				const url = entryUrl('stories', locale, entry.key);
				const image = page(url)
					.all('img')
					.find((img) => isInside(img, page(url).main!));
				if (!image) {
					problems.push(`${url}: no img`);
					continue;
				}
				if (!attr(image, 'alt')?.trim()) problems.push(`${url}: empty alt`);
				if (!attr(image, 'width') || !attr(image, 'height')) problems.push(`${url}: no width/height`);
				if (!attr(image, 'srcset')) problems.push(`${url}: not responsive`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('give the person’s quote and name', () => {
		const problems: string[] = [];
		for (const entry of stories) {
			for (const locale of locales.filter((locale) => isTranslated(entry, locale))) {
				const data = entry.versions[locale]!.data;
				const text = page(entryUrl('stories', locale, entry.key)).mainText;
				if (!text.includes(String(data.person).trim())) problems.push(`${locale}/${entry.key}: person`);
				if (!text.includes(String(data.quote).replace(/\s+/g, ' ').trim())) problems.push(`${locale}/${entry.key}: quote`);
			}
		}
		expect(problems).toEqual([]);
	});
});
