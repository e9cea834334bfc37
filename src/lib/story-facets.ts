/** Story facets (country, industry): their values, labels and the UI strings that name them. Pure. */
import type { CollectionEntry } from 'astro:content';
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { countryName } from './format.ts';
import type { Industry, StoryFacet } from './taxonomies.ts';
import { collectionSegments, localePath } from './urls.ts';

type Story = CollectionEntry<'stories'>['data'];

export interface FacetValue {
	value: string;
	count: number;
}

/** Distinct values of a facet with their story counts, in a stable order. */
export function facetValues(stories: { data: Pick<Story, StoryFacet> }[], facet: StoryFacet): FacetValue[] {
	const counts = new Map<string, number>();
	for (const story of stories) counts.set(story.data[facet], (counts.get(story.data[facet]) ?? 0) + 1);
	return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}

/** A filter page's path: /<locale>/stories/<facet>/<value>/. */
export function storyFilterPath(locale: Locale, facet: StoryFacet, value: string): string {
	return localePath(locale, collectionSegments.stories, facet, value);
}

/** A facet value's label in the reader's language. */
export function facetLabel(facet: StoryFacet, value: string, locale: Locale, t: Translate): string {
	return facet === 'country' ? countryName(value, locale) : t(`industry.${value as Industry}`);
}

/** The UI strings that name each facet: its filter group, a filtered page's title, its search filter. */
export const facetStrings: Record<StoryFacet, { filter: UiKey; filtered: UiKey; search: UiKey }> = {
	country: { filter: 'stories.filterCountry', filtered: 'stories.filteredCountry', search: 'search.filterCountry' },
	industry: { filter: 'stories.filterIndustry', filtered: 'stories.filteredIndustry', search: 'search.filterIndustry' },
};

/** The title of a filter page: "Country or region: India | Success stories". */
export function filteredStoriesTitle(facet: StoryFacet, value: string, locale: Locale, t: Translate): string {
	return `${t(facetStrings[facet].filtered, { name: facetLabel(facet, value, locale, t) })} | ${t('stories.title')}`;
}
