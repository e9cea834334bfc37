import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeCollections, story } from '../support/fake-content.ts';

vi.mock('astro:content', () => import('../support/fake-content.ts').then((module) => module.astroContentMock));

const { facetLabel, facetStrings, facetValues, filteredStoriesTitle, storyFilterPath } = await import('../../src/lib/story-facets.ts');
const { storiesWith, storyFilterGroups, storyFilterPaths } = await import('../../src/lib/story-filters.ts');
const { uiStrings, useTranslations } = await import('../../src/i18n/index.ts');
const { locales } = await import('../../src/i18n/locales.ts');

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

describe('facet strings and filter pages', () => {
	test('every facet names its filter group, filtered title and search filter with UI strings every locale has', () => {
		for (const strings of Object.values(facetStrings)) {
			for (const key of Object.values(strings)) for (const locale of locales) expect(uiStrings[locale][key], `${locale} ${key}`).toBeTruthy();
		}
	});

	test('a filter page has its path and a title naming the value', () => {
		expect(storyFilterPath('ko', 'industry', 'ai-data')).toBe('/ko/stories/industry/ai-data/');
		const en = useTranslations('en');
		expect(filteredStoriesTitle('country', 'vn', 'en', en)).toBe(`${en('stories.filteredCountry', { name: 'Vietnam' })} | ${en('stories.title')}`);
		expect(filteredStoriesTitle('industry', 'ai-data', 'en', en)).toBe(`${en('stories.filteredIndustry', { name: 'AI and data' })} | ${en('stories.title')}`);
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

	test('filter groups: a link per value of each facet, with counts, the current one marked', async () => {
		const en = useTranslations('en');
		const groups = await storyFilterGroups('en', { facet: 'country', value: 'vn' });
		expect(groups.map((group) => [group.facet, group.label])).toEqual([
			['country', en('stories.filterCountry')],
			['industry', en('stories.filterIndustry')],
		]);
		expect(groups[0].links).toEqual([
			{ href: '/en/stories/country/in/', label: 'India', count: 1, current: false },
			{ href: '/en/stories/country/vn/', label: 'Vietnam', count: 1, current: true },
		]);
		expect(groups[1].links.map((link) => [link.label, link.current])).toEqual([
			['AI and data', false],
			[en('industry.manufacturing'), false],
		]);
		expect((await storyFilterGroups('en')).flatMap((group) => group.links).some((link) => link.current)).toBe(false);
	});
});
