import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeCollections, story } from '../support/fake-content.ts';

vi.mock('astro:content', () => import('../support/fake-content.ts').then((module) => module.astroContentMock));

const { facetLabel, facetValues, storiesWith, storyFilterPaths } = await import('../../src/lib/story-filters.ts');
const { useTranslations } = await import('../../src/i18n/index.ts');

describe('facetValues', () => {
	const stories = [
		{ data: { country: 'vn', industry: 'manufacturing' } },
		{ data: { country: 'in', industry: 'ai-data' } },
		{ data: { country: 'vn', industry: 'electronics' } },
	] as never[];

	test('counts stories per country, sorted by code', () => {
		expect(facetValues(stories, 'country')).toEqual([
			{ value: 'in', count: 1 },
			{ value: 'vn', count: 2 },
		]);
	});

	test('counts stories per industry', () => {
		expect(facetValues(stories, 'industry').map((value) => value.value)).toEqual(['ai-data', 'electronics', 'manufacturing']);
	});

	test('is empty without stories', () => {
		expect(facetValues([], 'country')).toEqual([]);
	});
});

describe('facetLabel', () => {
	test('names countries through Intl and industries through the UI strings', () => {
		expect(facetLabel('country', 'vn', 'en', useTranslations('en'))).toBe('Vietnam');
		expect(facetLabel('country', 'vn', 'ja', useTranslations('ja'))).toBe('ベトナム');
		expect(facetLabel('industry', 'ai-data', 'en', useTranslations('en'))).toBe('AI and data');
	});
});

describe('story filter pages (with fake content)', () => {
	beforeEach(() => {
		fakeCollections({
			stories: [
				story('ja', 'a', { country: 'vn', industry: 'manufacturing' }),
				story('en', 'a', { country: 'vn', industry: 'manufacturing' }),
				story('ja', 'b', { country: 'in', industry: 'ai-data' }),
			],
		});
	});

	test('exist in every locale for every value of the Japanese stories', async () => {
		const paths = (await storyFilterPaths('country')).map(({ params }) => `${params.locale}/${params.value}`);
		expect(paths.sort()).toEqual(['en/in', 'en/vn', 'ja/in', 'ja/vn', 'ko/in', 'ko/vn', 'zh/in', 'zh/vn']);
	});

	test('list a locale’s stories, fallbacks included and marked by their content locale', async () => {
		const inEnglish = await storiesWith('en', 'country', 'in');
		expect(inEnglish.map((item) => [item.key, item.contentLocale, item.isFallback])).toEqual([['b', 'ja', true]]);
		const vnKorean = await storiesWith('ko', 'country', 'vn');
		expect(vnKorean.map((item) => [item.key, item.contentLocale])).toEqual([['a', 'en']]);
	});
});
