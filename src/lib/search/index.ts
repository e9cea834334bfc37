/**
 * Site search (Pagefind): what a page tells the indexer, and what the search page offers.
 *
 * Entry pages in their own language are indexed: their `<article>` carries `data-pagefind-body`,
 * so everything outside it (header, navigation, language switcher, footer) and every page without
 * it (lists, home, the search page, the admin) stays out. Their keywords (words readers use that
 * the page does not) ride along in `data-search-keywords`. A fallback page (an entry not yet
 * translated, shown in another language) indexes no text of its own: its `data-search-fallback`
 * holds its title and facts in the reader's language, which the indexer turns into the only text
 * that page has in the index. One index per language comes from `<html lang>`
 * (src/integrations/search-index.ts).
 */
import { uiStrings, useTranslations } from '../../i18n/index.ts';
import { type Locale, localeInfo, locales } from '../../i18n/locales.ts';
import type { Resolved } from '../fallback.ts';
import { languageName } from '../format.ts';
import { facetLabel, facetStrings } from '../story-facets.ts';
import { type StoryFacet, storyFacets } from '../taxonomies.ts';
import { localePath, type PageCollection } from '../urls.ts';
import type { PluralMessage, SearchStrings } from './messages.ts';

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

type IndexableVersion = Pick<Resolved<IndexableEntry>, 'isFallback' | 'value'> & Partial<Pick<Resolved<IndexableEntry>, 'locale' | 'contentLocale'>>;

/** The attribute holding an entry's keywords (a JSON list), read by the indexer. */
export const KEYWORDS_ATTRIBUTE = 'data-search-keywords';
/** The attribute holding a fallback page's record (JSON `FallbackRecord`), read by the indexer. */
export const FALLBACK_ATTRIBUTE = 'data-search-fallback';

/** What the index holds of an entry shown in another language: never its text. */
export interface FallbackRecord {
	/** The title, in the language the entry exists in. */
	title: string;
	/** That language (the page's content locale). */
	language: Locale;
	/** Type, country, industry: in the reader's language. */
	facts: string[];
	/** Filter values, as for an entry in its own language. */
	filters: Record<string, string>;
}

/** The filter values of an entry: its type, and for a story its country and industry. */
function entryFilters({ collection, data }: IndexableEntry): Record<string, string> {
	const filters: Record<string, string> = { type: collectionSearchType[collection] };
	if (collection === 'stories') for (const facet of storyFacets) filters[facet] = String(data[facet]);
	return filters;
}

/** A fallback entry's record for the reader's `locale`: title as it is, facts in the reader's language. */
export function fallbackRecord(entry: IndexableEntry, locale: Locale, contentLocale: Locale): FallbackRecord {
	const t = useTranslations(locale);
	const filters = entryFilters(entry);
	const facts = [t(`search.type.${filters.type as SearchType}`)];
	for (const facet of storyFacets) if (filters[facet]) facts.push(facetLabel(facet, filters[facet], locale, t));
	return { title: String(entry.data.title), language: contentLocale, facts, filters };
}

/**
 * Attributes for an entry's `<article>`: the indexed body, its filters and keywords; for a page
 * that shows a fallback language, only its record (its text would pollute this locale's index).
 */
export function searchBodyAttributes(version: IndexableVersion): Record<string, string> {
	const { collection, data } = version.value;
	if (version.isFallback) {
		if (!version.locale || !version.contentLocale) return {};
		return { [FALLBACK_ATTRIBUTE]: JSON.stringify(fallbackRecord(version.value, version.locale, version.contentLocale)) };
	}
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
	const keywords = Array.isArray(data.keywords) ? data.keywords.map(String).filter((keyword) => keyword.trim()) : [];
	if (keywords.length > 0) attributes[KEYWORDS_ATTRIBUTE] = JSON.stringify(keywords);
	return attributes;
}

/** The filter values a search page offers, from what its locale's index holds. */
export interface SearchFilterOptions {
	type: SearchType[];
	country: string[];
	industry: string[];
}

/** Distinct filter values of the entries a locale indexes (its own, and fallbacks by their records), in a stable order. */
export function searchFilterOptions(entries: Pick<Resolved<IndexableEntry>, 'isFallback' | 'value'>[]): SearchFilterOptions {
	const indexed = entries.map((entry) => entry.value);
	const present = new Set(indexed.map((entry) => collectionSearchType[entry.collection]));
	const facet = (name: StoryFacet) => [...new Set(indexed.filter((entry) => entry.collection === 'stories').map((entry) => String(entry.data[name])))].sort();
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
	const types: SearchFilterGroup = {
		name: 'type',
		legend: t('search.filterType'),
		options: options.type.map((value) => ({ value, label: t(`search.type.${value}`) })),
	};
	const facets = storyFacets.map(
		(facet): SearchFilterGroup => ({
			name: facet,
			legend: t(facetStrings[facet].search),
			options: options[facet].map((value) => ({ value, label: facetLabel(facet, value, locale, t) })).sort((a, b) => collator.compare(a.label, b.label)),
		}),
	);
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
		missing: strings['search.missing'],
		noneFiltered: strings['search.noneFiltered'],
		loading: strings['search.loading'],
		error: strings['search.error'],
		types: Object.fromEntries(searchTypes.map((type) => [type, strings[`search.type.${type}`]])),
		otherLanguage: Object.fromEntries(
			locales.filter((other) => other !== locale).map((other) => [other, useTranslations(locale)('fallback.badge', { language: languageName(other, locale) })]),
		),
	};
}
