/**
 * Browser tests against the built site: one static server and one Chromium per test file.
 *   const site = useBuiltSite();
 *   const page = await site.newPage({ locale: 'ko-KR' });
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';
import { testDist } from './paths.ts';
import './site-ready.ts';
import { type StaticServer, serveStatic } from '../../scripts/support/static-server.ts';

export interface BuiltSite {
	readonly url: string;
	readonly browser: Browser;
	/** A page in a fresh context; closed with the file's browser. */
	newPage(options?: BrowserContextOptions): Promise<Page>;
	/** One page (default context) reused by the tests of a file, for speed; navigate it with goto. */
	sharedPage(): Promise<Page>;
}

export function useBuiltSite(): BuiltSite {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	let shared: Promise<Page> | undefined;
	beforeAll(async () => {
		server = await serveStatic(testDist);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const context of contexts) await context.close().catch(() => {});
		await browser?.close();
		await server?.close();
	});
	return {
		get url() {
			return server!.url;
		},
		get browser() {
			return browser!;
		},
		async newPage(options: BrowserContextOptions = {}) {
			const context = await browser!.newContext({ baseURL: server!.url, ...options });
			contexts.push(context);
			return context.newPage();
		},
		sharedPage() {
			shared ??= this.newPage();
			return shared;
		},
	};
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (the project's pinned version) in the page with the DESIGN tags. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async (tags) => {
		// @ts-expect-error axe is injected above
		const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return results.violations.map((violation: AxeViolation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
		}));
	}, axeTags);
}

/** One line per violated rule and node, for readable failures. */
export function describeViolations(url: string, violations: AxeViolation[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map((node) => `${url}: ${violation.id} (${violation.impact}) ${violation.help} — ${node.target.join(' ')}`),
	);
}
