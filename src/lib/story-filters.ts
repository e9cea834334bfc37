/** Story filters: the countries and industries that have stories, as static filter pages (src/lib/filters.ts). */
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedEntry } from './entries.ts';
import type { FacetValue } from './facets.ts';
import { entriesWith, type FilterGroup, facetValuesOf, filterGroups, filterPaths } from './filters.ts';
import type { StoryFacet } from './taxonomies.ts';

/** Every facet's values with their story counts (computed once per build). */
export async function storyFacetValues(): Promise<Record<StoryFacet, FacetValue[]>> {
	return (await facetValuesOf('stories')) as Record<StoryFacet, FacetValue[]>;
}

export async function storyFilterPaths(facet: StoryFacet) {
	return (await filterPaths('stories')).filter((path) => path.params.facet === facet).map(({ params: { locale, value } }) => ({ params: { locale, value } }));
}

/** Stories of a locale whose Japanese source has `facet` = `value`. */
export function storiesWith(locale: Locale, facet: StoryFacet, value: string): Promise<LocalizedEntry<'stories'>[]> {
	return entriesWith('stories', locale, facet, value);
}

export type StoryFilterGroup = FilterGroup<StoryFacet>;

/** The filter links beside a story list, one group per facet; `current` is the page's own filter. */
export function storyFilterGroups(locale: Locale, current?: { facet: StoryFacet; value: string }): Promise<StoryFilterGroup[]> {
	return filterGroups('stories', locale, current);
}
