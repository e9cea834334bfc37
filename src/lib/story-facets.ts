/** Story facets (country, industry): their values, labels and the UI strings that name them. Pure. */
import type { CollectionEntry } from 'astro:content';
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { countFacetValues, type Facet, type FacetValue, filterPagePath, filterPageTitle } from './facets.ts';
import { countryName } from './format.ts';
import type { Industry, StoryFacet } from './taxonomies.ts';

export type { FacetValue } from './facets.ts';

type Story = CollectionEntry<'stories'>['data'];

/** The UI strings that name each facet: its filter group, a filtered page's title, its search filter. */
export const facetStrings: Record<StoryFacet, { filter: UiKey; filtered: UiKey; search: UiKey }> = {
	country: { filter: 'stories.filterCountry', filtered: 'stories.filteredCountry', search: 'search.filterCountry' },
	industry: { filter: 'stories.filterIndustry', filtered: 'stories.filteredIndustry', search: 'search.filterIndustry' },
};

/** A facet value's label in the reader's language. */
export function facetLabel(facet: StoryFacet, value: string, locale: Locale, t: Translate): string {
	return facet === 'country' ? countryName(value, locale) : t(`industry.${value as Industry}`);
}

/** The story facets as filter pages read them (src/lib/filters.ts). */
export const storyFacetDefinitions: Record<StoryFacet, Facet<Pick<Story, StoryFacet>>> = {
	country: { values: (data) => [data.country], label: (value, locale, t) => facetLabel('country', value, locale, t), strings: facetStrings.country },
	industry: { values: (data) => [data.industry], label: (value, locale, t) => facetLabel('industry', value, locale, t), strings: facetStrings.industry },
};

/** Distinct values of a facet with their story counts, in a stable order. */
export function facetValues(stories: { data: Pick<Story, StoryFacet> }[], facet: StoryFacet): FacetValue[] {
	return countFacetValues(stories, storyFacetDefinitions[facet]);
}

/** A filter page's path: /<locale>/stories/<facet>/<value>/. */
export function storyFilterPath(locale: Locale, facet: StoryFacet, value: string): string {
	return filterPagePath('stories', locale, facet, value);
}

/** The title of a filter page: "Country or region: India | Success stories". */
export function filteredStoriesTitle(facet: StoryFacet, value: string, locale: Locale, t: Translate): string {
	return filterPageTitle(storyFacetDefinitions[facet], value, t('stories.title'), locale, t);
}
