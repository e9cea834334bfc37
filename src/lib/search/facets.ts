/**
 * Filters applied to a ranked result list in the page, and the count next to each filter value.
 * A query is searched word by word (run-query.ts), so Pagefind's own counts, which are per search,
 * no longer describe the results shown. Instead the page asks Pagefind once which pages carry each
 * filter value (a search by filter alone) and filters and counts from that.
 */
import { type FilterState, filterNames } from './address.ts';

type FilterName = (typeof filterNames)[number];

/** For each filter, the pages (Pagefind ids) that carry each value. */
export type Membership = Record<FilterName, Map<string, ReadonlySet<string>>>;

/** Pages carrying `value` of filter `name` (a Pagefind search by that filter alone). */
export type PagesWithValue = (name: FilterName, value: string) => Promise<string[]>;

export async function loadMembership(pagesWith: PagesWithValue, values: Record<FilterName, string[]>): Promise<Membership> {
	const entries = await Promise.all(
		filterNames.map(
			async (name) => [name, new Map(await Promise.all(values[name].map(async (value) => [value, new Set(await pagesWith(name, value))] as const)))] as const,
		),
	);
	return Object.fromEntries(entries) as unknown as Membership;
}

/** Whether a page passes filter `name`: any of its ticked values (or none ticked). */
function passes(id: string, name: FilterName, filters: FilterState, membership: Membership): boolean {
	const ticked = filters[name];
	return ticked.length === 0 || ticked.some((value) => membership[name].get(value)?.has(id));
}

/** The results that pass every filter: any ticked value within a filter, all filters together. */
export function applyFilters<T extends { id: string }>(results: T[], filters: FilterState, membership: Membership): T[] {
	return results.filter((result) => filterNames.every((name) => passes(result.id, name, filters, membership)));
}

/**
 * How many results each value would give: ticking a value widens its own filter (any of them), so
 * a value counts the results that pass every other filter and carry it.
 */
export function filterCounts(results: { id: string }[], filters: FilterState, membership: Membership): Record<FilterName, Record<string, number>> {
	return Object.fromEntries(
		filterNames.map((name) => {
			const others = results.filter((result) => filterNames.every((other) => other === name || passes(result.id, other, filters, membership)));
			const counts = Object.fromEntries([...membership[name]].map(([value, pages]) => [value, others.filter((result) => pages.has(result.id)).length]));
			return [name, counts];
		}),
	) as Record<FilterName, Record<string, number>>;
}
