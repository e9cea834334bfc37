/** Story filters: the countries and industries that have stories, as static filter pages. */
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../i18n/index.ts';
import { defaultLocale, type Locale, locales } from '../i18n/locales.ts';
import { getLocalizedEntries, type LocalizedEntry } from './entries.ts';
import { countryName } from './format.ts';
import type { Industry, StoryFacet } from './taxonomies.ts';

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

/**
 * Filter pages come from the Japanese versions (language-neutral fields are the same in every
 * locale), so every locale has the same pages and the language switch never 404s.
 */
export async function storyFilterPaths(facet: StoryFacet) {
	const source = await getLocalizedEntries('stories', defaultLocale);
	const values = facetValues(source.map((item) => item.value), facet);
	return locales.flatMap((locale) => values.map(({ value }) => ({ params: { locale, value } })));
}

/** Stories of a locale whose Japanese source has `facet` = `value`. */
export async function storiesWith(locale: Locale, facet: StoryFacet, value: string): Promise<LocalizedEntry<'stories'>[]> {
	const source = await getLocalizedEntries('stories', defaultLocale);
	const keys = new Set(source.filter((item) => item.value.data[facet] === value).map((item) => item.key));
	return (await getLocalizedEntries('stories', locale)).filter((item) => keys.has(item.key));
}

/** A facet value's label in the reader's language. */
export function facetLabel(facet: StoryFacet, value: string, locale: Locale, t: Translate): string {
	return facet === 'country' ? countryName(value, locale) : t(`industry.${value as Industry}`);
}
