/**
 * Search recall (issue 4): every query of tests/fixtures/search-recall.json, typed into the real
 * search page of its locale in Chromium, must list every page it expects among its first five
 * results. Fails below 100 %, naming each miss and what came instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exists } from '../support/dist.ts';
import { useBuiltSite } from '../support/e2e.ts';
import { projectRoot } from '../support/paths.ts';
import { locales } from '../../src/i18n/locales.ts';
import { MIN_QUERIES_PER_LOCALE, parseRecallSet, RECALL_DEPTH, recallSummary, runRecallSet } from '../../scripts/support/search-recall.ts';

const site = useBuiltSite();
const set = parseRecallSet(JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/search-recall.json'), 'utf8')));

describe(`search recall (top ${RECALL_DEPTH})`, () => {
	test(`the set has at least ${MIN_QUERIES_PER_LOCALE} queries per locale, and every expected page is built`, () => {
		for (const locale of locales) expect(set[locale].length, locale).toBeGreaterThanOrEqual(MIN_QUERIES_PER_LOCALE);
		const missing = locales.flatMap((locale) => set[locale].flatMap((item) => item.expect.filter((url) => !exists(url)).map((url) => `${locale} “${item.query}”: ${url}`)));
		expect(missing).toEqual([]);
	});

	test('every query finds its pages in the real index (100 %)', async () => {
		const page = await site.newPage();
		const summary = recallSummary(await runRecallSet(page, site.url, set));
		console.log(
			`[search-recall] ${summary.found}/${summary.expected} (${(summary.recall * 100).toFixed(1)} %): ${locales.map((locale) => `${locale} ${summary.byLocale[locale].found}/${summary.byLocale[locale].expected}`).join(', ')}`,
		);
		expect(summary.failures.map((item) => `${item.locale} “${item.query}”: missing ${item.missing.join(', ')}; top ${item.top.join(' ') || '(none)'}`)).toEqual([]);
		expect(summary.recall).toBe(1);
	}, 300_000);
});
