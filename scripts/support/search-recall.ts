/**
 * The search recall and precision set (tests/fixtures/search-recall.json) and how it is run: each
 * query typed into the real search page of its locale in Chromium, its first five results compared
 * with the pages it must find, all its results with the pages it must not return. Used by
 * tests/content/search-recall.test.ts and scripts/bench-search.ts (which also runs it on the synthetic
 * corpus and for other Pagefind versions).
 */
import type { Page } from 'playwright-core';
import { type Locale, locales } from '../../src/i18n/locales.ts';

export interface RecallCase {
	query: string;
	/** Site paths that must be among the first `RECALL_DEPTH` results. */
	expect: string[];
	/** Site paths that must not be among the results at all (precision). */
	forbid?: string[];
	/** What the query tests (question, inflection, name, fact, keyword, phrase, typo, precision); none for issue 4's core set. */
	kind?: string;
	/** Why a reader would expect these pages. */
	why?: string;
}
export type RecallSet = Record<Locale, RecallCase[]>;

export interface RecallOutcome extends RecallCase {
	locale: Locale;
	/** The first results, as site paths. */
	top: string[];
	missing: string[];
	/** Forbidden pages that were returned. */
	intruders: string[];
}

export const RECALL_DEPTH = 5;
export const MIN_QUERIES_PER_LOCALE = 40;
/** Recall each locale must reach over the whole set (issue 12); the core set (no `kind`) must reach 100 %. */
export const MIN_RECALL = 0.95;

/** Checks the set's shape: every locale, enough queries, paths in the query's own locale. */
export function parseRecallSet(json: unknown): RecallSet {
	const set = json as Partial<RecallSet>;
	for (const locale of locales) {
		const cases = set[locale];
		if (!Array.isArray(cases) || cases.length < MIN_QUERIES_PER_LOCALE) {
			throw new Error(`the recall set needs at least ${MIN_QUERIES_PER_LOCALE} queries for ${locale}`);
		}
		for (const item of cases) {
			if (!item.query?.trim() || !Array.isArray(item.expect)) throw new Error(`${locale}: a query without expectations`);
			if (item.expect.length === 0 && !item.forbid?.length) throw new Error(`${locale} “${item.query}”: expects nothing and forbids nothing`);
			for (const path of [...item.expect, ...(item.forbid ?? [])]) {
				if (!path.startsWith(`/${locale}/`) || !path.endsWith('/')) throw new Error(`${locale} “${item.query}”: ${path} is not a /${locale}/…/ path`);
			}
		}
	}
	return set as RecallSet;
}

/** `results`: every result the page listed, in order, as site paths. */
export function recallOutcome(locale: Locale, item: RecallCase, results: string[]): RecallOutcome {
	const top = results.slice(0, RECALL_DEPTH);
	const forbidden = new Set(item.forbid ?? []);
	return { ...item, locale, top, missing: item.expect.filter((path) => !top.includes(path)), intruders: results.filter((path) => forbidden.has(path)) };
}

/**
 * Expected pages found over expected pages (recall), and forbidden pages returned (false matches)
 * over the precision cases, per locale and overall; `core` is the same for the queries without a kind.
 */
export function recallSummary(outcomes: RecallOutcome[]) {
	const count = (items: RecallOutcome[]) => {
		const expected = items.reduce((sum, item) => sum + item.expect.length, 0);
		const found = items.reduce((sum, item) => sum + item.expect.length - item.missing.length, 0);
		const precisionCases = items.filter((item) => item.forbid?.length);
		const falseMatches = items.reduce((sum, item) => sum + item.intruders.length, 0);
		return { found, expected, recall: expected === 0 ? 1 : found / expected, precisionCases: precisionCases.length, falseMatches };
	};
	const byLocale = Object.fromEntries(locales.map((locale) => [locale, count(outcomes.filter((item) => item.locale === locale))]));
	return {
		...count(outcomes),
		core: count(outcomes.filter((item) => !item.kind)),
		byLocale: byLocale as Record<Locale, ReturnType<typeof count>>,
		failures: outcomes.filter((item) => item.missing.length > 0 || item.intruders.length > 0),
	};
}

/** One line per failure: what was missing or wrongly returned, and what came first. */
export function describeFailure(item: RecallOutcome): string {
	const problems = [
		item.missing.length > 0 && `missing ${item.missing.join(', ')}`,
		item.intruders.length > 0 && `wrongly returned ${item.intruders.join(', ')}`,
	];
	return `${item.locale} “${item.query}”${item.kind ? ` (${item.kind})` : ''}: ${problems.filter(Boolean).join('; ')}; top ${item.top.join(' ') || '(none)'}`;
}

const resultLinks = (page: Page) =>
	page.$$eval('[data-search-results] .search-result__title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

/**
 * Opens the search page for `query` (as the header form does: GET ?q=) and returns the result
 * links in order, as site paths. Waits for the page to report the search done. With `all`, shows
 * more results until every one is listed (up to `limit`).
 */
export async function searchThroughPage(page: Page, origin: string, locale: Locale, query: string, { all = false, limit = 200 } = {}): Promise<string[]> {
	await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForSelector('[data-search][data-state="done"], [data-search][data-state="error"]', { timeout: 30_000 });
	if ((await page.getAttribute('[data-search]', 'data-state')) === 'error') throw new Error(`search failed for ${locale} “${query}”`);
	let links = await resultLinks(page);
	while (all && links.length < limit && (await page.isVisible('[data-search-more]'))) {
		await page.click('[data-search-more]');
		await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length > count, links.length);
		links = await resultLinks(page);
	}
	return links;
}

/** Runs the whole set in one browser page. */
export async function runRecallSet(page: Page, origin: string, set: RecallSet): Promise<RecallOutcome[]> {
	const outcomes: RecallOutcome[] = [];
	for (const locale of locales) {
		for (const item of set[locale]) {
			const results = await searchThroughPage(page, origin, locale, item.query, { all: Boolean(item.forbid?.length) });
			outcomes.push(recallOutcome(locale, item, results));
		}
	}
	return outcomes;
}
