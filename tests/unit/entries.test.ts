/** Content queries over a fake `astro:content`: fallback resolution, ordering, the Japanese-source rule. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { entry, fakeCollections, story } from '../support/fake-content.ts';

vi.mock('astro:content', () => import('../support/fake-content.ts').then((module) => module.astroContentMock));

async function load() {
	vi.resetModules();
	return import('../../src/lib/entries.ts');
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('getLocalizedEntries', () => {
	beforeEach(() => {
		fakeCollections({
			programmes: [
				entry('programmes', 'ja', 'second', { order: 2 }),
				entry('programmes', 'ja', 'first', { order: 1 }),
				entry('programmes', 'en', 'first', { order: 1 }),
				entry('programmes', 'zh', 'second', { order: 2 }),
			],
			stories: [
				story('ja', 'old', { date: new Date('2023-01-01') }),
				story('ja', 'new', { date: new Date('2024-06-01') }),
				story('ko', 'new', { date: new Date('2024-06-01') }),
			],
		});
	});

	test('gives every key in every locale, falling back along the chain', async () => {
		const { getLocalizedEntries } = await load();
		const zh = await getLocalizedEntries('programmes', 'zh');
		expect(zh.map((item) => [item.key, item.contentLocale, item.isFallback])).toEqual([
			['first', 'en', true],
			['second', 'zh', false],
		]);
		const ko = await getLocalizedEntries('programmes', 'ko');
		expect(ko.map((item) => [item.key, item.contentLocale])).toEqual([
			['first', 'en'],
			['second', 'ja'],
		]);
	});

	test('orders programmes by `order` and stories newest first', async () => {
		const { getLocalizedEntries } = await load();
		expect((await getLocalizedEntries('programmes', 'ja')).map((item) => item.key)).toEqual(['first', 'second']);
		expect((await getLocalizedEntries('stories', 'en')).map((item) => item.key)).toEqual(['new', 'old']);
	});

	test('getLocalizedEntry resolves one key, or undefined', async () => {
		const { getLocalizedEntry } = await load();
		expect(await getLocalizedEntry('stories', 'ko', 'new')).toMatchObject({ key: 'new', contentLocale: 'ko', isFallback: false });
		expect(await getLocalizedEntry('stories', 'ko', 'old')).toMatchObject({ key: 'old', contentLocale: 'ja', isFallback: true });
		expect(await getLocalizedEntry('stories', 'ko', 'nope')).toBeUndefined();
	});

	test('localizedStaticPaths builds every key in every locale, so no switch 404s', async () => {
		const { localizedStaticPaths } = await load();
		const paths = (await localizedStaticPaths('programmes')).map(({ params }) => `${params.locale}/${params.key}`);
		expect(paths.sort()).toEqual(['en/first', 'en/second', 'ja/first', 'ja/second', 'ko/first', 'ko/second', 'zh/first', 'zh/second']);
	});
});

describe('the Japanese source rule', () => {
	test('an entry without Japanese fails, naming its files and the missing one', async () => {
		fakeCollections({ press: [entry('press', 'ja', 'fine'), entry('press', 'en', 'orphan'), entry('press', 'ko', 'orphan')] });
		const { getLocalizedEntries } = await load();
		const failure = getLocalizedEntries('press', 'en');
		await expect(failure).rejects.toThrow('content/press/en/orphan.mdx');
		await expect(failure).rejects.toThrow('content/press/ko/orphan.mdx');
		await expect(failure).rejects.toThrow('content/press/ja/orphan.mdx');
	});
});

describe('example stories', () => {
	const content = { stories: [story('ja', 'real'), story('ja', 'made-up', { example: true })] };

	test('are published in development', async () => {
		fakeCollections(content, { publishExampleStories: false });
		const { getLocalizedEntries } = await load();
		expect((await getLocalizedEntries('stories', 'ja')).map((item) => item.key).sort()).toEqual(['made-up', 'real']);
	});

	test('are left out of a production build when the setting says so', async () => {
		vi.stubEnv('PROD', true);
		fakeCollections(content, { publishExampleStories: false });
		const { getLocalizedEntries } = await load();
		expect((await getLocalizedEntries('stories', 'ja')).map((item) => item.key)).toEqual(['real']);
	});

	test('are kept in a production build when the setting allows them', async () => {
		vi.stubEnv('PROD', true);
		fakeCollections(content, { publishExampleStories: true });
		const { getLocalizedEntries } = await load();
		expect((await getLocalizedEntries('stories', 'ja')).map((item) => item.key).sort()).toEqual(['made-up', 'real']);
	});
});

describe('every collection at once, and the footer', () => {
	beforeEach(() => {
		fakeCollections({
			programmes: [entry('programmes', 'ja', 'b', { order: 2 }), entry('programmes', 'ja', 'a', { order: 1 })],
			press: [entry('press', 'ja', 'release', { date: new Date('2024-01-01') })],
			pages: [
				entry('pages', 'ja', 'privacy', { footerOrder: 2 }),
				entry('pages', 'ja', 'hidden'),
				entry('pages', 'ja', 'about', { footerOrder: 1 }),
				entry('pages', 'en', 'about', { footerOrder: 1 }),
			],
		});
	});

	test('getEveryLocalizedEntry gives every collection in turn, each in its order', async () => {
		const { getEveryLocalizedEntry } = await load();
		const every = await getEveryLocalizedEntry('en');
		expect(every.map((item) => `${item.value.collection}/${item.key}`)).toEqual([
			'programmes/a',
			'programmes/b',
			'press/release',
			'pages/hidden',
			'pages/about',
			'pages/privacy',
		]);
	});

	test('footerPages lists the pages with a footer position, in that order, fallbacks included', async () => {
		const { footerPages } = await load();
		const pages = await footerPages('zh');
		expect(pages.map((page) => [page.key, page.contentLocale])).toEqual([
			['about', 'en'],
			['privacy', 'ja'],
		]);
	});
});
