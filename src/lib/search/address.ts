/** The search page's address (`?q=…&type=…&country=…`) ⇄ its state, and the filters Pagefind takes. */
import { storyFacets } from '../taxonomies.ts';

/** The query-string parameter of the search page (the header form submits to it by GET). */
export const queryParameter = 'q';

export const filterNames = ['type', ...storyFacets] as const;
export type FilterState = Record<(typeof filterNames)[number], string[]>;

/** The search a page address describes. */
export function readAddress(search: string): { query: string; filters: FilterState } {
	const params = new URLSearchParams(search);
	const filters = Object.fromEntries(filterNames.map((name) => [name, params.getAll(name).filter(Boolean)])) as FilterState;
	return { query: (params.get(queryParameter) ?? '').trim(), filters };
}

/** The page address for a search: `?q=…&type=…`, or none. */
export function writeAddress(query: string, filters: FilterState): string {
	const params = new URLSearchParams();
	if (query) params.set(queryParameter, query);
	for (const name of filterNames) for (const value of filters[name]) params.append(name, value);
	const encoded = params.toString();
	return encoded ? `?${encoded}` : '';
}

/** Pagefind's filter argument: any of the ticked values within a filter, all filters together. */
export function pagefindFilters(filters: FilterState): Record<string, { any: string[] }> {
	return Object.fromEntries(filterNames.filter((name) => filters[name].length > 0).map((name) => [name, { any: filters[name] }]));
}
