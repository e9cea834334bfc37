/** Story filters: the countries and industries that have stories, as static filter pages. */
import { useTranslations } from '../i18n/index.ts';
import { defaultLocale, type Locale, locales } from '../i18n/locales.ts';
import { oncePerBuild } from './build-cache.ts';
import { getLocalizedEntries, type LocalizedEntry } from './entries.ts';
import { facetLabel, facetStrings, type FacetValue, facetValues, storyFilterPath } from './story-facets.ts';
import { type StoryFacet, storyFacets } from './taxonomies.ts';

/**
 * Every facet's values with their story counts. They come from the Japanese versions (language-neutral
 * fields are the same in every locale), so every locale has the same filter pages and the language
 * switch never 404s. Computed once per build.
 */
export const storyFacetValues = oncePerBuild(async (): Promise<Record<StoryFacet, FacetValue[]>> => {
	const source = (await getLocalizedEntries('stories', defaultLocale)).map((item) => item.value);
	return Object.fromEntries(storyFacets.map((facet) => [facet, facetValues(source, facet)])) as Record<StoryFacet, FacetValue[]>;
});

export async function storyFilterPaths(facet: StoryFacet) {
	const values = (await storyFacetValues())[facet];
	return locales.flatMap((locale) => values.map(({ value }) => ({ params: { locale, value } })));
}

/** Stories of a locale whose Japanese source has `facet` = `value`. */
export async function storiesWith(locale: Locale, facet: StoryFacet, value: string): Promise<LocalizedEntry<'stories'>[]> {
	const source = await getLocalizedEntries('stories', defaultLocale);
	const keys = new Set(source.filter((item) => item.value.data[facet] === value).map((item) => item.key));
	return (await getLocalizedEntries('stories', locale)).filter((item) => keys.has(item.key));
}

export interface StoryFilterGroup {
	facet: StoryFacet;
	label: string;
	links: { href: string; label: string; count: number; current: boolean }[];
}

/** The filter links beside a story list, one group per facet; `current` is the page's own filter. */
export async function storyFilterGroups(locale: Locale, current?: { facet: StoryFacet; value: string }): Promise<StoryFilterGroup[]> {
	const t = useTranslations(locale);
	const values = await storyFacetValues();
	return storyFacets.map((facet) => ({
		facet,
		label: t(facetStrings[facet].filter),
		links: values[facet].map(({ value, count }) => ({
			href: storyFilterPath(locale, facet, value),
			label: facetLabel(facet, value, locale, t),
			count,
			current: current?.facet === facet && current.value === value,
		})),
	}));
}
