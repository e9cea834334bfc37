/** Company profiles: their facts, filters by industry and working language, and the story ↔ company rule. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { entry, fakeCollections, story } from '../support/fake-content.ts';

vi.mock('astro:content', () => import('../support/fake-content.ts').then((module) => module.astroContentMock));

const { companyFacts, companyLinkProblems } = await import('../../src/lib/companies.ts');
const { countFacetValues } = await import('../../src/lib/facets.ts');
const { companyFacetDefinitions } = await import('../../src/lib/companies.ts');
const { entriesWith, filterGroups, filterPaths, filterTitle } = await import('../../src/lib/filters.ts');
const { companyStories } = await import('../../src/lib/company-stories.ts');
const { useTranslations } = await import('../../src/i18n/index.ts');

const company = (locale: string, key: string, data: Record<string, unknown> = {}) =>
	entry('companies', locale, key, {
		industry: 'manufacturing',
		size: '10-49',
		location: 'Ota',
		workingLanguages: ['ja'],
		roles: [],
		offers: [],
		example: false,
		...data,
	});

describe('companyFacts', () => {
	test('industry, size, location, languages, roles and support in the reader’s language', () => {
		const facts = companyFacts(
			{
				industry: 'ai-data',
				size: '10-49',
				location: 'Chiyoda City',
				workingLanguages: ['ja', 'en'],
				roles: ['Data scientist'],
				offers: ['japanese-lessons', 'mentoring'],
			},
			'en',
			useTranslations('en'),
		);
		expect(facts.map((fact) => fact.value)).toEqual([
			'AI and data',
			'10–49 employees',
			'Chiyoda City',
			'Japanese and English',
			'Data scientist',
			'Japanese lessons and Mentoring',
		]);
	});

	test('leaves out roles and support when there are none; marks the entry’s own text with its language', () => {
		const facts = companyFacts(
			{ industry: 'manufacturing', size: '1-9', location: '大田区', workingLanguages: ['vi'], roles: [], offers: [] },
			'ko',
			useTranslations('ko'),
			'ja',
		);
		expect(facts).toHaveLength(4);
		expect(facts[2]).toEqual({ label: useTranslations('ko')('company.location'), value: '大田区', lang: 'ja' });
		expect(facts[3].value).toBe('베트남어');
	});
});

describe('companyLinkProblems: a story names a company that exists, and fiction stays with fiction', () => {
	test('a missing company', () => {
		expect(companyLinkProblems({ companyKey: 'nowhere', example: false }, undefined)).toEqual([
			expect.stringMatching(/nowhere.*content\/companies\/ja\/nowhere\.mdx/),
		]);
	});
	test('an example story naming a real company, and the reverse', () => {
		expect(companyLinkProblems({ companyKey: 'real', example: true }, { example: false })).toEqual([
			expect.stringMatching(/example story may only name an example company/),
		]);
		expect(companyLinkProblems({ companyKey: 'made-up', example: false }, { example: true })).toEqual([
			expect.stringMatching(/real story may only name a real company/),
		]);
	});
	test('matching kinds pass', () => {
		expect(companyLinkProblems({ companyKey: 'a', example: true }, { example: true })).toEqual([]);
		expect(companyLinkProblems({ companyKey: 'b', example: false }, { title: 'B' })).toEqual([]);
	});
});

describe('company facets', () => {
	test('a company counts once for each language it works in', () => {
		const companies = [
			{ data: { industry: 'ai-data', workingLanguages: ['ja', 'en'] } },
			{ data: { industry: 'manufacturing', workingLanguages: ['ja'] } },
		] as never[];
		expect(countFacetValues(companies, companyFacetDefinitions.language)).toEqual([
			{ value: 'en', count: 1 },
			{ value: 'ja', count: 2 },
		]);
		expect(countFacetValues(companies, companyFacetDefinitions.industry).map((value) => value.value)).toEqual(['ai-data', 'manufacturing']);
	});
});

describe('company filter pages and stories (with fake content)', () => {
	beforeEach(() => {
		fakeCollections({
			companies: [
				company('ja', 'kumo', { industry: 'ai-data', workingLanguages: ['ja', 'en'] }),
				company('en', 'kumo', { industry: 'ai-data', workingLanguages: ['ja', 'en'] }),
				company('ja', 'hikari'),
			],
			stories: [story('ja', 'arjun', { companyKey: 'kumo' }), story('en', 'arjun', { companyKey: 'kumo' }), story('ja', 'other')],
		});
	});

	test('every facet value has a page in every locale', async () => {
		const paths = (await filterPaths('companies')).map(({ params }) => `/${params.locale}/companies/${params.facet}/${params.value}/`);
		expect(paths).toContain('/ko/companies/language/en/');
		expect(paths).toContain('/ja/companies/industry/manufacturing/');
		expect(paths).toHaveLength(4 * 4);
	});

	test('a filter page lists the companies with that value, in the locale (fallbacks included)', async () => {
		expect((await entriesWith('companies', 'en', 'language', 'ja')).map((item) => [item.key, item.contentLocale])).toEqual([
			['hikari', 'ja'],
			['kumo', 'en'],
		]);
		expect((await entriesWith('companies', 'en', 'language', 'en')).map((item) => item.key)).toEqual(['kumo']);
	});

	test('filter links are labelled in the reader’s language and mark the current one', async () => {
		const groups = await filterGroups('companies', 'en', { facet: 'language', value: 'en' });
		expect(groups.map((group) => group.label)).toEqual(['Filter by industry', 'Filter by working language']);
		expect(groups[1].links.map((link) => [link.label, link.count, link.current])).toEqual([
			['English', 1, true],
			['Japanese', 2, false],
		]);
		expect(filterTitle('companies', 'language', 'en', 'ja')).toBe(
			`${useTranslations('ja')('companies.filteredLanguage', { name: '英語' })} | ${useTranslations('ja')('companies.title')}`,
		);
	});

	test('a company page lists the stories that name it', async () => {
		expect((await companyStories('en', 'kumo')).map((item) => item.key)).toEqual(['arjun']);
		expect(await companyStories('en', 'hikari')).toEqual([]);
	});
});
