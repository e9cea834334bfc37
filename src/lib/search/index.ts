/**
 * Site search (Pagefind): what a page tells the indexer, and what the search page offers.
 *
 * Only entry pages in their own language are indexed: their `<article>` carries
 * `data-pagefind-body`, so everything outside it (header, navigation, language switcher, footer)
 * and every page without it (lists, home, the search page, the admin, fallback pages) stays out.
 * One index per language comes from `<html lang>` (src/integrations/search-index.ts).
 */
import { uiStrings, useTranslations } from '../../i18n/index.ts';
import { type Locale, localeInfo } from '../../i18n/locales.ts';
import type { PluralMessage, SearchStrings } from './messages.ts';
import type { Resolved } from '../fallback.ts';
import { facetLabel, facetStrings } from '../story-facets.ts';
import { type StoryFacet, storyFacets } from '../taxonomies.ts';
import { localePath, type PageCollection } from '../urls.ts';

/** What a result is, as the `type` filter names it. Language-neutral; labels are `search.type.<type>`. */
export const searchTypes = ['programme', 'story', 'release', 'event', 'page', 'guide', 'company', 'faq'] as const;
export type SearchType = (typeof searchTypes)[number];

export const collectionSearchType: Record<PageCollection, SearchType> = {
	programmes: 'programme',
	stories: 'story',
	press: 'release',
	events: 'event',
	pages: 'page',
	guides: 'guide',
	companies: 'company',
	faq: 'faq',
};


export { queryParameter } from './address.ts';

interface IndexableEntry {
	collection: PageCollection;
	data: Record<string, unknown>;
}

/**
 * Attributes for an entry's `<article>`: the indexed body and its filters, or nothing for a page
 * that shows a fallback language (its text would pollute this locale's index).
 */
export function searchBodyAttributes(version: Pick<Resolved<IndexableEntry>, 'isFallback' | 'value'>): Record<string, string> {
	if (version.isFallback) return {};
	const { collection, data } = version.value;
	const attributes: Record<string, string> = { 'data-pagefind-body': '' };
	// Pagefind reads `name[attribute]` entries, then at most one literal `name:value`, last.
	const captured: string[] = [];
	if (collection === 'stories') {
		for (const facet of storyFacets) {
			attributes[`data-${facet}`] = String(data[facet]);
			captured.push(`${facet}[data-${facet}]`);
		}
	}
	attributes['data-pagefind-filter'] = [...captured, `type:${collectionSearchType[collection]}`].join(', ');
	return attributes;
}

/** The filter values a search page offers, from what its locale's index holds. */
export interface SearchFilterOptions {
	type: SearchType[];
	country: string[];
	industry: string[];
}

/** Distinct filter values of the entries a locale indexes (fallbacks excluded), in a stable order. */
export function searchFilterOptions(entries: Pick<Resolved<IndexableEntry>, 'isFallback' | 'value'>[]): SearchFilterOptions {
	const own = entries.filter((entry) => !entry.isFallback).map((entry) => entry.value);
	const present = new Set(own.map((entry) => collectionSearchType[entry.collection]));
	const facet = (name: StoryFacet) =>
		[...new Set(own.filter((entry) => entry.collection === 'stories').map((entry) => String(entry.data[name])))].sort();
	return { type: searchTypes.filter((type) => present.has(type)), country: facet('country'), industry: facet('industry') };
}

export interface SearchFilterGroup {
	/** The checkboxes' name: the filter, as the address and Pagefind name it. */
	name: 'type' | StoryFacet;
	legend: string;
	options: { value: string; label: string }[];
}

/** The search page's filter groups in the reader's language: kinds first, then facets sorted by label. Empty groups are left out. */
export function searchFilterGroups(options: SearchFilterOptions, locale: Locale): SearchFilterGroup[] {
	const t = useTranslations(locale);
	const collator = new Intl.Collator(localeInfo[locale].tag);
	const types: SearchFilterGroup = { name: 'type', legend: t('search.filterType'), options: options.type.map((value) => ({ value, label: t(`search.type.${value}`) })) };
	const facets = storyFacets.map((facet): SearchFilterGroup => ({
		name: facet,
		legend: t(facetStrings[facet].search),
		options: options[facet].map((value) => ({ value, label: facetLabel(facet, value, locale, t) })).sort((a, b) => collator.compare(a.label, b.label)),
	}));
	return [types, ...facets].filter((group) => group.options.length > 0);
}

/** Where a locale's search page lives. */
export function searchPath(locale: Locale): string {
	return localePath(locale, 'search');
}

/** A UI string with its plural forms (`key_one`, `key_other`, or just `key`) by plural category. */
function pluralMessage(locale: Locale, key: string): PluralMessage {
	const strings = uiStrings[locale];
	const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
	for (const [name, value] of Object.entries(strings)) {
		if (name === key) forms.other ??= value;
		else if (name.startsWith(`${key}_`)) forms[name.slice(key.length + 1) as Intl.LDMLPluralRule] = value;
	}
	if (!forms.other) throw new Error(`UI string ${key} is missing in ${locale}`);
	return forms as PluralMessage;
}

/** The messages the search page's script needs, in the page's language. */
export function searchClientStrings(locale: Locale): SearchStrings {
	const strings = uiStrings[locale];
	return {
		count: pluralMessage(locale, 'search.count'),
		countFor: pluralMessage(locale, 'search.countFor'),
		none: strings['search.none'],
		noneFiltered: strings['search.noneFiltered'],
		loading: strings['search.loading'],
		error: strings['search.error'],
		types: Object.fromEntries(searchTypes.map((type) => [type, strings[`search.type.${type}`]])),
	};
}
