/**
 * Filter pages of lists (stories by country and industry, companies by industry and working
 * language): static pages, so filtering needs no JavaScript. Values come from the Japanese versions
 * (language-neutral fields are the same in every locale), so every locale has the same filter pages and
 * the language switch never 404s. Computed once per build.
 */
import type { CollectionEntry } from 'astro:content';
import { type UiKey, useTranslations } from '../i18n/index.ts';
import { defaultLocale, type Locale, localeInfo, locales } from '../i18n/locales.ts';
import { oncePerBuild } from './build-cache.ts';
import { companyFacetDefinitions } from './companies.ts';
import { getLocalizedEntries, type LocalizedEntry } from './entries.ts';
import { countFacetValues, type Facet, type FacetedCollection, type FacetValue, filterPagePath, filterPageTitle } from './facets.ts';
import { storyFacetDefinitions } from './story-facets.ts';
import { type CompanyFacet, companyFacets, type StoryFacet, storyFacets } from './taxonomies.ts';

export type FacetName<C extends FacetedCollection> = C extends 'stories' ? StoryFacet : CompanyFacet;

interface FacetedList<C extends FacetedCollection> {
	/** Facets in the order the filters show them. */
	facets: readonly FacetName<C>[];
	definitions: Record<FacetName<C>, Facet<CollectionEntry<C>['data']>>;
	/** The list's title (also the second half of a filter page's title). */
	title: UiKey;
}

/** The lists that have filter pages. */
export const facetedLists: { [C in FacetedCollection]: FacetedList<C> } = {
	stories: { facets: storyFacets, definitions: storyFacetDefinitions, title: 'stories.title' },
	companies: { facets: companyFacets, definitions: companyFacetDefinitions, title: 'companies.title' },
};

const facetOf = <C extends FacetedCollection>(collection: C, facet: FacetName<C>): Facet<CollectionEntry<C>['data']> =>
	(facetedLists[collection].definitions as Record<string, Facet<CollectionEntry<C>['data']>>)[facet];

/** Every facet's values with their entry counts. */
export const facetValuesOf = oncePerBuild(async (collection: FacetedCollection): Promise<Record<string, FacetValue[]>> => {
	const source = (await getLocalizedEntries(collection, defaultLocale)).map((item) => item.value) as unknown as { data: never }[];
	const list = facetedLists[collection] as FacetedList<FacetedCollection>;
	return Object.fromEntries(list.facets.map((facet) => [facet, countFacetValues(source, facetOf(collection, facet))]));
});

/** Every faceted list's values, by collection (the sitemap lists their filter pages). */
export async function everyFacetValue(): Promise<Record<FacetedCollection, Record<string, FacetValue[]>>> {
	const collections = Object.keys(facetedLists) as FacetedCollection[];
	return Object.fromEntries(await Promise.all(collections.map(async (collection) => [collection, await facetValuesOf(collection)] as const))) as Record<
		FacetedCollection,
		Record<string, FacetValue[]>
	>;
}

/** getStaticPaths of `[locale]/<collection>/[facet]/[value]`: every facet value in every locale. */
export async function filterPaths(collection: FacetedCollection) {
	const values = await facetValuesOf(collection);
	return Object.entries(values).flatMap(([facet, list]) => locales.flatMap((locale) => list.map(({ value }) => ({ params: { locale, facet, value } }))));
}

/** Entries of a locale whose Japanese source has `value` for `facet`. */
export async function entriesWith<C extends FacetedCollection>(
	collection: C,
	locale: Locale,
	facet: FacetName<C>,
	value: string,
): Promise<LocalizedEntry<C>[]> {
	const definition = facetOf(collection, facet);
	const source = await getLocalizedEntries(collection, defaultLocale);
	const keys = new Set(source.filter((item) => definition.values(item.value.data as never).includes(value)).map((item) => item.key));
	return (await getLocalizedEntries(collection, locale)).filter((item) => keys.has(item.key));
}

export interface FilterGroup<F extends string = string> {
	facet: F;
	label: string;
	links: { href: string; label: string; count: number; current: boolean }[];
}

/** The filter links beside a list, one group per facet; `current` is the page's own filter. */
export async function filterGroups<C extends FacetedCollection>(
	collection: C,
	locale: Locale,
	current?: { facet: FacetName<C>; value: string },
): Promise<FilterGroup<FacetName<C>>[]> {
	const t = useTranslations(locale);
	const values = await facetValuesOf(collection);
	const collator = new Intl.Collator(localeInfo[locale].tag);
	return facetedLists[collection].facets
		.map((facet) => {
			const definition = facetOf(collection, facet);
			return {
				facet,
				label: t(definition.strings.filter),
				links: values[facet].map(({ value, count }) => ({
					href: filterPagePath(collection, locale, facet, value),
					label: definition.label(value, locale, t),
					count,
					current: current?.facet === facet && current.value === value,
				})),
			};
		})
		.map((group) => (collection === 'companies' ? { ...group, links: group.links.sort((a, b) => collator.compare(a.label, b.label)) } : group));
}

/** A filter page's title: "Working language: English | Host companies". */
export function filterTitle<C extends FacetedCollection>(collection: C, facet: FacetName<C>, value: string, locale: Locale): string {
	const t = useTranslations(locale);
	return filterPageTitle(facetOf(collection, facet), value, t(facetedLists[collection].title), locale, t);
}
