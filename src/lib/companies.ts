/**
 * Host companies: what a profile states besides its text, its filters (industry, working language)
 * and the rule that ties stories to companies. Pure; the pages and the CMS previews call the same.
 */
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Fact } from './entry-facts.ts';
import type { Facet } from './facets.ts';
import { contentLang } from './fallback.ts';
import { formatList, languageTagName } from './format.ts';
import type { CompanyFacet, Industry } from './taxonomies.ts';

type Company = CollectionEntry<'companies'>['data'];

/** The company facets as filter pages read them (src/lib/filters.ts). */
export const companyFacetDefinitions: Record<CompanyFacet, Facet<Pick<Company, 'industry' | 'workingLanguages'>>> = {
	industry: {
		values: (data) => [data.industry],
		label: (value, _locale, t) => t(`industry.${value as Industry}`),
		strings: { filter: 'companies.filterIndustry', filtered: 'companies.filteredIndustry' },
	},
	language: {
		values: (data) => data.workingLanguages,
		label: (value, locale) => languageTagName(value, locale),
		strings: { filter: 'companies.filterLanguage', filtered: 'companies.filteredLanguage' },
	},
};

type ProfileFields = Pick<Company, 'industry' | 'size' | 'location' | 'workingLanguages' | 'roles' | 'offers'>;

/**
 * Industry, size, where, working languages, roles and support, as label/value lines. Labels and
 * vocabularies are in the page's language; the location and roles are the entry's text, in `contentLocale`.
 */
export function companyFacts(data: ProfileFields, locale: Locale, t: Translate, contentLocale: Locale = locale): Fact[] {
	const lang = contentLang(locale, contentLocale);
	const facts: Fact[] = [
		{ label: t('company.industry'), value: t(`industry.${data.industry}`) },
		{ label: t('company.size'), value: t(`companySize.${data.size}`) },
		{ label: t('company.location'), value: data.location, lang },
		{
			label: t('company.languages'),
			value: formatList(
				data.workingLanguages.map((code) => languageTagName(code, locale)),
				locale,
			),
		},
	];
	if (data.roles.length > 0) facts.push({ label: t('company.roles'), value: formatList(data.roles, contentLocale), lang });
	if (data.offers.length > 0)
		facts.push({
			label: t('company.offers'),
			value: formatList(
				data.offers.map((offer) => t(`companyOffer.${offer}`)),
				locale,
			),
		});
	return facts;
}

/**
 * What is wrong with a story's `companyKey`, given the company's Japanese frontmatter (undefined when
 * there is none): it must exist, and fiction stays with fiction — an example story names only an
 * example company, a real story only a real one.
 */
export function companyLinkProblems(story: { companyKey: string; example: boolean }, company: Record<string, unknown> | undefined): string[] {
	const { companyKey } = story;
	if (!company) return [`companyKey: "${companyKey}" names no company; there is no content/companies/ja/${companyKey}.mdx.`];
	const companyIsExample = company.example === true;
	if (story.example && !companyIsExample)
		return [`companyKey: "${companyKey}" is a real company, but this story is an example (example: true); an example story may only name an example company.`];
	if (!story.example && companyIsExample)
		return [`companyKey: "${companyKey}" is an example company (example: true); a real story may only name a real company.`];
	return [];
}
