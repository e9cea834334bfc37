/**
 * Site search (issues 4 and 12) on the real build: the Pagefind index that `npm run build`
 * writes, the header's search field, and the search page in each locale, in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { allEntries, entries, entryUrl, htmlLang, isTranslated, type Locale, listUrl, locales } from '../support/content.ts';
import { htmlPages, readDist } from '../support/dist.ts';
import { axeTags, describeViolations, runAxe, useBuiltSite } from '../support/e2e.ts';
import { projectRoot, testDist } from '../support/paths.ts';

const site = useBuiltSite();
const ui = Object.fromEntries(
	locales.map((locale) => [locale, JSON.parse(readFileSync(path.join(projectRoot, `src/i18n/ui/${locale}.json`), 'utf8'))]),
) as Record<Locale, Record<string, string>>;
const typeOf = {
	programmes: 'programme',
	stories: 'story',
	press: 'release',
	events: 'event',
	pages: 'page',
	guides: 'guide',
	companies: 'company',
	faq: 'faq',
} as const;
/** Pagefind's name for each locale's index: the page's <html lang>, lower-cased. */
const indexName = (locale: Locale) => htmlLang[locale].toLowerCase();
const searchUrl = (locale: Locale, query = '') => `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;

/** Entry pages a locale shows in its own language: its index holds their text. */
const ownPages = (locale: Locale) =>
	allEntries()
		.filter((entry) => isTranslated(entry, locale))
		.map((entry) => entryUrl(entry.collection, locale, entry.key))
		.sort();
/** Entry pages a locale shows in another language: its index holds only their title and facts. */
const fallbackPages = (locale: Locale) =>
	allEntries()
		.filter((entry) => !isTranslated(entry, locale))
		.map((entry) => entryUrl(entry.collection, locale, entry.key))
		.sort();

/** A locale's own entry pages whose title, description or text contains `word`. */
const pagesSaying = (locale: Locale, word: string) =>
	allEntries()
		.filter((entry) => isTranslated(entry, locale))
		.filter(({ versions }) => [versions[locale]!.data.title, versions[locale]!.data.description, versions[locale]!.body].join('\n').includes(word))
		.map((entry) => entryUrl(entry.collection, locale, entry.key));

async function waitForSearch(page: Page) {
	await page.waitForSelector('[data-search][data-state="done"], [data-search][data-state="error"], [data-search][data-state="idle"]');
	expect(await page.getAttribute('[data-search]', 'data-state')).not.toBe('error');
}

async function resultLinks(page: Page): Promise<string[]> {
	return page.$$eval('[data-search-results] .search-result__title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Every page in the index the search page loads (all types), through Pagefind's own API. */
async function indexedPages(page: Page, locale: Locale): Promise<string[]> {
	await page.goto(searchUrl(locale));
	// A string, so that the test runner's transform leaves the browser's import() alone.
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.init();
		const filters = await pagefind.filters();
		const search = await pagefind.search(null, { filters: { type: { any: Object.keys(filters.type ?? {}) } } });
		const pages = await Promise.all(search.results.map(async (result) => (await result.data()).url));
		return pages.sort();
	})()`) as Promise<string[]>;
}

describe('the index (npm run build)', () => {
	test('is written by the Pagefind version package.json pins, one index per <html lang>', () => {
		const { dependencies, devDependencies } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
		const pinned = dependencies?.pagefind ?? devDependencies?.pagefind;
		expect(pinned, 'pagefind in package.json').toMatch(/^\d+\.\d+\.\d+$/);
		const entry = JSON.parse(readFileSync(path.join(testDist, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.version).toBe(pinned);
		expect(Object.keys(entry.languages).sort()).toEqual(locales.map(indexName).sort());
		for (const locale of locales) expect(entry.languages[indexName(locale)].page_count, locale).toBe(ownPages(locale).length + fallbackPages(locale).length);
	});

	test('each index has its word list next to it, for the search page to read queries against', () => {
		for (const locale of locales) {
			const words = JSON.parse(readFileSync(path.join(testDist, `pagefind/words/${indexName(locale)}.json`), 'utf8'));
			expect(words.language, locale).toBe(indexName(locale));
			expect(Object.keys(words.words).length, locale).toBeGreaterThan(100);
		}
	});

	test('only entry pages in their own language carry data-pagefind-body, and it holds no navigation; fallback pages carry a record instead', () => {
		const expected = new Set(locales.flatMap(ownPages));
		const fallbacks = new Set(locales.flatMap(fallbackPages));
		const problems: string[] = [];
		for (const url of htmlPages()) {
			const html = readDist(url);
			const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
			if (expected.has(url) !== (bodies === 1)) problems.push(`${url}: ${bodies} data-pagefind-body, expected ${expected.has(url) ? 1 : 0}`);
			if (fallbacks.has(url) !== html.includes('data-search-fallback=')) problems.push(`${url}: ${fallbacks.has(url) ? 'no' : 'a'} fallback record`);
			const body = /<article\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
			for (const tag of ['nav', 'form']) if (new RegExp(`<${tag}\\b`).test(body)) problems.push(`${url}: <${tag}> inside the indexed body`);
			for (const part of ['site-header', 'site-nav', 'language-switcher', 'site-search', 'site-footer', 'skip-link']) {
				if (body.includes(`class="${part}`)) problems.push(`${url}: .${part} inside the indexed body`);
			}
		}
		expect(problems).toEqual([]);
	});

	test.each(locales)('%s: the index holds exactly the entry pages of the locale, its own and its fallbacks (no lists or admin)', async (locale) => {
		const page = await site.sharedPage();
		expect(await indexedPages(page, locale)).toEqual([...ownPages(locale), ...fallbackPages(locale)].sort());
	});

	test('a fallback page is not found by a word of the text it shows, but by its title and by its facts in the reader’s language, marked as in another language', async () => {
		const fallback = entries('stories').find((entry) => !isTranslated(entry, 'ko') && entry.versions.en);
		expect(fallback, 'a story without a Korean version (shown in English)').toBeDefined();
		const url = entryUrl('stories', 'ko', fallback!.key);
		expect(readDist(url)).toContain('noindex');
		const english = fallback!.versions.en!;
		const title = String(english.data.title).toLowerCase();
		// A word of the body, not of the title.
		const bodyWord = english.body
			.toLowerCase()
			.match(/[a-z]{6,}/g)!
			.find(
				(word) =>
					!title.includes(word) &&
					!allEntries().some(
						(entry) => entry.versions.ko && `${entry.versions.ko.body} ${JSON.stringify(entry.versions.ko.data)}`.toLowerCase().includes(word),
					),
			)!;
		expect(bodyWord).toBeDefined();
		const page = await site.newPage();
		await page.goto(searchUrl('ko', bodyWord));
		await waitForSearch(page);
		expect(await resultLinks(page)).not.toContain(url);
		// The English index has it.
		await page.goto(searchUrl('en', bodyWord));
		await waitForSearch(page);
		expect(await resultLinks(page)).toContain(entryUrl('stories', 'en', fallback!.key));
		// The Korean index has its title and its country in Korean.
		const titleWord = title.match(/[a-z]{5,}/g)!.at(-1)!;
		const country = new Intl.DisplayNames(['ko'], { type: 'region' }).of(String(english.data.country).toUpperCase())!;
		for (const query of [titleWord, country]) {
			await page.goto(searchUrl('ko', query));
			await waitForSearch(page);
			expect(await resultLinks(page), query).toContain(url);
		}
		const result = page.locator('.search-result', { has: page.locator(`a[href="${url}"]`) });
		expect(await result.locator('h2 a').getAttribute('lang')).toBe('en');
		expect(await result.locator('.search-result__language').textContent()).toBe(
			ui.ko['fallback.badge'].replace('{{language}}', new Intl.DisplayNames(['ko'], { type: 'language' }).of('en')!),
		);
	});
});

describe('the header search field', () => {
	test('is a plain GET form to the locale’s search page on every page but the search page', () => {
		const problems: string[] = [];
		for (const locale of locales) {
			for (const url of [`/${locale}/`, listUrl('stories', locale), entryUrl('programmes', locale, entries('programmes')[0].key)]) {
				const form = /<form\b[^>]*class="site-search"[^>]*>/.exec(readDist(url))?.[0] ?? '';
				if (!form.includes(`action="/${locale}/search/"`) || !form.includes('method="get"') || !form.includes('role="search"'))
					problems.push(`${url}: ${form || 'no form'}`);
				if (!/<input\b[^>]*name="q"/.test(readDist(url))) problems.push(`${url}: no q field`);
			}
			if (readDist(searchUrl(locale)).includes('class="site-search"')) problems.push(`${searchUrl(locale)} repeats the header field`);
		}
		expect(problems).toEqual([]);
	});

	test('without JavaScript, submitting it opens the search page with the query, which says results need JavaScript', async () => {
		const page = await site.newPage({ javaScriptEnabled: false });
		await page.goto(entryUrl('programmes', 'ja', entries('programmes')[0].key));
		await page.fill('#site-search-query', 'インターンシップ');
		await page.press('#site-search-query', 'Enter');
		await page.waitForURL(/\/ja\/search\/\?q=/);
		expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=インターンシップ');
		expect(await page.locator('noscript').count()).toBe(1);
		expect(readDist(searchUrl('ja'))).toContain(ui.ja['search.noscript']);
	});

	test('with JavaScript, it leads to results on the search page', async () => {
		const page = await site.newPage();
		await page.goto(listUrl('events', 'en'));
		await page.fill('#site-search-query', 'internship');
		await page.press('#site-search-query', 'Enter');
		await page.waitForURL(/\/en\/search\/\?q=internship/);
		await waitForSearch(page);
		expect(await page.inputValue('#search-query')).toBe('internship');
		expect((await resultLinks(page)).length).toBeGreaterThan(0);
	});
});

describe('the search page', () => {
	test.each(locales)('%s: speaks the locale’s language and searches the locale’s index only', async (locale) => {
		const page = await site.newPage();
		const fetched: string[] = [];
		page.context().on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(searchUrl(locale));
		expect(await page.getAttribute('html', 'lang')).toBe(htmlLang[locale]);
		expect(await page.textContent('h1')).toBe(ui[locale]['search.title']);
		expect(await page.textContent('label[for="search-query"]')).toBe(ui[locale]['search.field']);
		// Pagefind is loaded on demand: nothing of it before there is something to search.
		expect(fetched.filter((file) => file.startsWith('/pagefind/'))).toEqual([]);
		const query = { ja: '東京', en: 'Tokyo', zh: '东京', ko: '도쿄' }[locale];
		await page.fill('#search-query', query);
		await page.press('#search-query', 'Enter');
		await waitForSearch(page);
		const links = await resultLinks(page);
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((link) => !link.startsWith(`/${locale}/`))).toEqual([]);
		const metas = fetched.filter((file) => file.endsWith('.pf_meta')).map((file) => path.basename(file));
		expect(metas.length).toBeGreaterThan(0);
		expect(
			metas.every((file) => file.startsWith(`pagefind.${indexName(locale)}_`)),
			metas.join(', '),
		).toBe(true);
	});

	test('zh-Hans pages get the Chinese (segmented) index: a word inside a longer run is found', async () => {
		// 企业 occurs inside runs such as 中小企业 and 接收企业; without segmentation it would not be a word.
		const word = '企业';
		const pages = pagesSaying('zh', word);
		expect(pages, `a Chinese page that says ${word}`).not.toEqual([]);
		const page = await site.newPage();
		await page.goto(searchUrl('zh', word));
		await waitForSearch(page);
		expect((await resultLinks(page)).filter((link) => pages.includes(link))).not.toEqual([]);
	});

	test('results show a title link, the type in the page’s language and an excerpt with the match marked', async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('ja', '説明会'));
		await waitForSearch(page);
		const results = await page.$$eval('[data-search-results] > li', (items) =>
			items.map((item) => ({
				title: item.querySelector('h2 a')?.textContent ?? '',
				href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
				type: item.querySelector('.search-result__type')?.textContent ?? '',
				excerpt: item.querySelector('.search-result__excerpt')?.textContent ?? '',
				marks: [...item.querySelectorAll('.search-result__excerpt mark')].map((mark) => mark.textContent),
			})),
		);
		const briefings = entries('events')
			.filter((entry) => isTranslated(entry, 'ja') && String(entry.versions.ja!.data.title).includes('説明会'))
			.map((entry) => entryUrl('events', 'ja', entry.key));
		expect(briefings, 'an event whose Japanese title says 説明会').not.toEqual([]);
		const event = results.find((result) => briefings.includes(result.href));
		expect(event, `one of ${briefings.join(', ')} among the results`).toBeDefined();
		expect(event!.title).toContain('説明会');
		expect(event!.type).toBe(ui.ja['search.type.event']);
		expect(event!.excerpt.length).toBeGreaterThan(20);
		// Japanese is segmented (説明会 → 説明 + 会), so a mark may hold part of the query.
		expect(event!.marks.length).toBeGreaterThan(0);
		for (const mark of event!.marks) expect('説明会').toContain(mark);
		for (const result of results) expect(Object.values(typeOf).map((type) => ui.ja[`search.type.${type}`])).toContain(result.type);
	});

	test('a word that matches nothing is named, and the other words are searched', async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('ja', '京都 説明会'));
		await waitForSearch(page);
		expect(await resultLinks(page)).toContain('/ja/events/briefing-2022-07-13/');
		const status = (await page.textContent('[data-search-status]')) ?? '';
		expect(status).toContain(ui.ja['search.missing'].replace('{{missing}}', '京都').replace('{{shown}}', '説明会'));
		// A typo is searched by the index word it most likely meant, and the page says so.
		await page.goto(searchUrl('en', 'internshp'));
		await waitForSearch(page);
		expect(await resultLinks(page)).toContain('/en/programmes/internship/');
		expect(await page.textContent('[data-search-status]')).toContain(
			ui.en['search.missing'].replace('{{missing}}', 'internshp').replace('{{shown}}', 'internship'),
		);
	});

	test('keywords find their page but are never shown', async () => {
		// A keyword none of whose words the page's indexed text holds: only the keyword can find the page.
		const articleText = (url: string) => (/<article\b[^>]*>([\s\S]*?)<\/article>/.exec(readDist(url))?.[1] ?? '').replace(/<[^>]+>/g, ' ').toLowerCase();
		const candidates = allEntries()
			.filter((entry) => isTranslated(entry, 'en'))
			.flatMap((entry) => {
				const url = entryUrl(entry.collection, 'en', entry.key);
				const text = articleText(url);
				const keywords = (entry.versions.en!.data.keywords as string[] | undefined) ?? [];
				return keywords
					.filter((keyword) =>
						keyword
							.toLowerCase()
							.split(/\s+/)
							.every((word) => !new RegExp(`\\b${word}`).test(text)),
					)
					.map((keyword) => ({ url, keyword }));
			});
		expect(candidates.length, 'an English keyword that its page does not write').toBeGreaterThan(0);
		const { url, keyword } = candidates[0];
		const page = await site.newPage();
		await page.goto(searchUrl('en', keyword));
		await waitForSearch(page);
		expect((await resultLinks(page)).slice(0, 5)).toContain(url);
		const excerpt = await page
			.locator('.search-result', { has: page.locator(`a[href="${url}"]`) })
			.locator('.search-result__excerpt')
			.textContent();
		expect(excerpt?.toLowerCase()).not.toContain(keyword.toLowerCase());
	});

	test('Korean excerpts show only the page’s own words, never the index-only particle forms', async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('ko', '중소기업의'));
		await waitForSearch(page);
		const excerpts = await page.$$eval('.search-result__excerpt', (items) => items.map((item) => item.textContent ?? ''));
		expect(excerpts.length).toBeGreaterThan(0);
		for (const excerpt of excerpts) {
			// Generated forms come in runs such as "중소기업은 중소기업이 중소기업을"; page text never repeats a noun like that.
			expect(excerpt).not.toMatch(/(\S{2,})(은|는) \1(이|가) \1(을|를)/u);
		}
	});

	test('the result count is announced in a live region, in the page’s language', async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('en', 'internship'));
		await waitForSearch(page);
		const status = page.locator('[data-search-status]');
		expect(await status.getAttribute('role')).toBe('status');
		const count = await page.locator('[data-search-results] > li').count();
		const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
		expect(total).toBeGreaterThanOrEqual(count);
		expect(await status.textContent()).toBe(ui.en['search.countFor_other'].replace('{{count}}', String(total)).replace('{{query}}', 'internship'));
		await page.fill('#search-query', 'zzzzqqqq');
		await page.press('#search-query', 'Enter');
		await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('zzzzqqqq'));
		expect(await status.textContent()).toBe(ui.en['search.none'].replace('{{query}}', 'zzzzqqqq'));
		expect(await page.locator('[data-search-results] > li').count()).toBe(0);
	});

	test('filters by type, and by a story’s country and industry; the address keeps them', async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('en', 'Tokyo'));
		await waitForSearch(page);
		const all = await resultLinks(page);
		await page.click('.search-filters__summary');
		await page.check('input[name="type"][value="story"]');
		await page.waitForURL(/type=story/);
		await waitForSearch(page);
		const stories = await resultLinks(page);
		expect(stories.length).toBeGreaterThan(0);
		expect(stories.length).toBeLessThan(all.length);
		expect(stories.every((link) => link.startsWith('/en/stories/'))).toBe(true);
		expect(await page.locator('.search-result__type').allTextContents()).toEqual(stories.map(() => ui.en['search.type.story']));
		// A second type widens the results (any of the ticked values).
		await page.check('input[name="type"][value="programme"]');
		await page.waitForURL(/type=programme/);
		await waitForSearch(page);
		const widened = await resultLinks(page);
		expect(widened.length).toBeGreaterThan(stories.length);
		await page.uncheck('input[name="type"][value="programme"]');
		await page.waitForURL((url) => !url.search.includes('programme'));
		await waitForSearch(page);

		const story = entries('stories').find((entry) => isTranslated(entry, 'en'))!;
		const country = String(story.versions.ja!.data.country);
		const industry = String(story.versions.ja!.data.industry);
		await page.check(`input[name="country"][value="${country}"]`);
		await page.waitForURL(new RegExp(`country=${country}`));
		await waitForSearch(page);
		const byCountry = await resultLinks(page);
		const sameCountry = entries('stories')
			.filter((entry) => isTranslated(entry, 'en') && entry.versions.ja!.data.country === country)
			.map((entry) => entryUrl('stories', 'en', entry.key));
		expect(byCountry.every((link) => sameCountry.includes(link))).toBe(true);
		expect(byCountry).toContain(entryUrl('stories', 'en', story.key));
		// Each value shows how many results it would give.
		expect(await page.textContent(`[data-filter-count="country:${country}"]`)).toMatch(/^\(\d+\)$/);

		await page.check(`input[name="industry"][value="${industry}"]`);
		await page.waitForURL(new RegExp(`industry=${industry}`));
		await waitForSearch(page);
		expect(await resultLinks(page)).toContain(entryUrl('stories', 'en', story.key));

		// Reloading the address restores the query and the ticked filters.
		await page.reload();
		await waitForSearch(page);
		expect(await page.inputValue('#search-query')).toBe('Tokyo');
		expect(await page.isChecked(`input[name="country"][value="${country}"]`)).toBe(true);
		expect(await page.isChecked('input[name="type"][value="story"]')).toBe(true);
		expect(await page.getAttribute('[data-search-filters]', 'open')).not.toBeNull();
	});

	test('filters alone list the pages of a type (no query needed)', async () => {
		const page = await site.newPage();
		await page.goto('/ko/search/?type=event');
		await waitForSearch(page);
		const events = entries('events')
			.filter((entry) => isTranslated(entry, 'ko'))
			.map((entry) => entryUrl('events', 'ko', entry.key));
		expect((await resultLinks(page)).sort()).toEqual(events.sort());
		expect(await page.textContent('[data-search-status]')).toBe(ui.ko['search.count'].replace('{{count}}', String(events.length)));
	});

	test('is usable by keyboard: type, Enter, Tab to the filters and the results, show more', async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('en'));
		await page.focus('#search-query');
		await page.keyboard.type('Tokyo');
		await page.keyboard.press('Enter');
		await waitForSearch(page);
		const focused = () =>
			page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim(), id: document.activeElement?.id }));
		expect((await focused()).id).toBe('search-query');
		await page.keyboard.press('Tab'); // the submit button
		expect((await focused()).tag).toBe('BUTTON');
		await page.keyboard.press('Tab'); // the filters' summary
		expect((await focused()).tag).toBe('SUMMARY');
		await page.keyboard.press('Enter'); // opens them
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
		await page.keyboard.press('Space'); // ticks the first type
		await page.waitForURL(/type=/);
		await waitForSearch(page);
		await page.keyboard.press('Space'); // and unticks it
		await page.waitForURL((url) => !url.search.includes('type='));
		await waitForSearch(page);
		// Tab on until the first result link.
		const first = (await resultLinks(page))[0];
		for (let step = 0; step < 40 && (await page.evaluate(() => document.activeElement?.closest('.search-result') === null)); step += 1)
			await page.keyboard.press('Tab');
		expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(first);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');

		const total = Number(/^(\d+)/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1]);
		const more = page.locator('[data-search-more]');
		if (total > 10) {
			expect(await more.isVisible()).toBe(true);
			await more.focus();
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
			// Focus moves to the first of the new results.
			expect(await page.evaluate(() => [...document.querySelectorAll('[data-search-results] > li')].indexOf(document.activeElement!.closest('li')!))).toBe(10);
		} else {
			expect(await more.isVisible()).toBe(false);
		}
	});

	test.each(locales)('%s: no axe violations, with results and the filters open', async (locale) => {
		const page = await site.newPage();
		const query = { ja: 'インターンシップ', en: 'internship', zh: '实习', ko: '인턴십' }[locale];
		await page.goto(searchUrl(locale, query));
		await waitForSearch(page);
		await page.click('.search-filters__summary');
		expect(describeViolations(page.url(), await runAxe(page))).toEqual([]);
	});

	test('no axe violations on an empty search page and with no results', async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('en'));
		expect(describeViolations(page.url(), await runAxe(page))).toEqual([]);
		await page.goto(searchUrl('en', 'zzzzqqqq'));
		await waitForSearch(page);
		expect(describeViolations(page.url(), await runAxe(page))).toEqual([]);
	});

	test(`the axe check can fail (${axeTags.length} tag sets): an unlabelled field is reported`, async () => {
		const page = await site.newPage();
		await page.goto(searchUrl('en'));
		await page.evaluate(() => document.querySelector('label[for="search-query"]')?.remove());
		expect((await runAxe(page)).map((violation) => violation.id)).toContain('label');
	});
});

describe('JavaScript', () => {
	test('only the search page loads a script file, and only it refers to Pagefind', () => {
		const problems: string[] = [];
		for (const url of htmlPages()) {
			const html = readDist(url);
			const isSearch = /^\/[a-z]{2}\/search\/$/.test(url);
			if (!isSearch && /<script\b[^>]*\ssrc=/.test(html)) problems.push(`${url} loads a script file`);
			if (!isSearch && html.includes('/pagefind/')) problems.push(`${url} refers to Pagefind`);
			if (isSearch && !/<script\b[^>]*type="module"[^>]*\ssrc="\/_astro\//.test(html)) problems.push(`${url} has no search script`);
		}
		expect(problems).toEqual([]);
	});

	test('a content page downloads nothing of Pagefind', async () => {
		const page = await site.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(entryUrl('programmes', 'en', entries('programmes')[0].key), { waitUntil: 'networkidle' });
		expect(fetched.filter((file) => file.startsWith('/pagefind/') || file.endsWith('.js'))).toEqual([]);
	});
});
