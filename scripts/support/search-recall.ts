/**
 * The search recall set (tests/fixtures/search-recall.json) and how it is run: each query typed
 * into the real search page of its locale in Chromium, its first five results compared with the
 * pages it must find. Used by tests/content/search-recall.test.ts and scripts/bench-search.ts (which
 * also runs it for other Pagefind versions).
 */
import type { Page } from 'playwright-core';
import { type Locale, locales } from '../../src/i18n/locales.ts';

export interface RecallCase {
	query: string;
	/** Site paths that must be among the first `RECALL_DEPTH` results. */
	expect: string[];
	/** Why a reader would expect these pages. */
	why?: string;
}
export type RecallSet = Record<Locale, RecallCase[]>;

export interface RecallOutcome extends RecallCase {
	locale: Locale;
	/** The first results, as site paths. */
	top: string[];
	missing: string[];
}

export const RECALL_DEPTH = 5;
export const MIN_QUERIES_PER_LOCALE = 12;

/** Checks the set's shape: every locale, enough queries, paths in the query's own locale. */
export function parseRecallSet(json: unknown): RecallSet {
	const set = json as Partial<RecallSet>;
	for (const locale of locales) {
		const cases = set[locale];
		if (!Array.isArray(cases) || cases.length < MIN_QUERIES_PER_LOCALE) {
			throw new Error(`the recall set needs at least ${MIN_QUERIES_PER_LOCALE} queries for ${locale}`);
		}
		for (const item of cases) {
			if (!item.query?.trim() || !Array.isArray(item.expect) || item.expect.length === 0) throw new Error(`${locale}: a query without expectations`);
			for (const path of item.expect) {
				if (!path.startsWith(`/${locale}/`) || !path.endsWith('/')) throw new Error(`${locale} “${item.query}”: ${path} is not a /${locale}/…/ path`);
			}
		}
	}
	return set as RecallSet;
}

export function recallOutcome(locale: Locale, item: RecallCase, results: string[]): RecallOutcome {
	const top = results.slice(0, RECALL_DEPTH);
	return { ...item, locale, top, missing: item.expect.filter((path) => !top.includes(path)) };
}

/** Expected pages found over expected pages, per locale and overall. */
export function recallSummary(outcomes: RecallOutcome[]) {
	const count = (items: RecallOutcome[]) => {
		const expected = items.reduce((sum, item) => sum + item.expect.length, 0);
		const found = items.reduce((sum, item) => sum + item.expect.length - item.missing.length, 0);
		return { found, expected, recall: expected === 0 ? 1 : found / expected };
	};
	const byLocale = Object.fromEntries(locales.map((locale) => [locale, count(outcomes.filter((item) => item.locale === locale))]));
	return { ...count(outcomes), byLocale: byLocale as Record<Locale, ReturnType<typeof count>>, failures: outcomes.filter((item) => item.missing.length > 0) };
}

/**
 * Opens the search page for `query` (as the header form does: GET ?q=) and returns the result
 * links in order, as site paths. Waits for the page to report the search done.
 */
export async function searchThroughPage(page: Page, origin: string, locale: Locale, query: string): Promise<string[]> {
	await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForSelector('[data-search][data-state="done"], [data-search][data-state="error"]', { timeout: 30_000 });
	if ((await page.getAttribute('[data-search]', 'data-state')) === 'error') throw new Error(`search failed for ${locale} “${query}”`);
	return page.$$eval('[data-search-results] .search-result__title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Runs the whole set in one browser page. */
export async function runRecallSet(page: Page, origin: string, set: RecallSet): Promise<RecallOutcome[]> {
	const outcomes: RecallOutcome[] = [];
	for (const locale of locales) {
		for (const item of set[locale]) outcomes.push(recallOutcome(locale, item, await searchThroughPage(page, origin, locale, item.query)));
	}
	return outcomes;
}
