/**
 * Static filter pages of a list (stories by country, companies by working language…): what a facet
 * is, the values entries have with their counts, and the filter pages' paths and titles. Pure; the
 * content queries are in filters.ts.
 */
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { collectionSegments, localePath } from './urls.ts';

export interface FacetValue {
	value: string;
	count: number;
}

/** One way to filter a list; its name is the URL segment: /<locale>/<collection>/<name>/<value>/. */
export interface Facet<Data = never> {
	/** The values an entry has (one, or several: a company works in several languages). */
	values(data: Data): readonly string[];
	/** A value's label in the reader's language. */
	label(value: string, locale: Locale, t: Translate): string;
	/** The UI strings naming the filter group and a filtered page's title. */
	strings: { filter: UiKey; filtered: UiKey };
}

/** Distinct values of a facet with their entry counts, in a stable order (by value). */
export function countFacetValues<Data>(entries: { data: Data }[], facet: Pick<Facet<Data>, 'values'>): FacetValue[] {
	const counts = new Map<string, number>();
	for (const entry of entries) for (const value of new Set(facet.values(entry.data))) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}

/** Collections whose lists have filter pages. */
export type FacetedCollection = 'stories' | 'companies';

/** A filter page's path: /<locale>/<collection>/<facet>/<value>/. */
export function filterPagePath(collection: FacetedCollection, locale: Locale, facet: string, value: string): string {
	return localePath(locale, collectionSegments[collection], facet, value);
}

/** A filter page's title: "Country or region: India | Success stories". */
export function filterPageTitle<Data>(facet: Facet<Data>, value: string, listTitle: string, locale: Locale, t: Translate): string {
	return `${t(facet.strings.filtered, { name: facet.label(value, locale, t) })} | ${listTitle}`;
}
