/**
 * `npm run bench:search`: the search figures of issue 4, measured, not judged.
 *
 *   npm run bench:search                      real content, then 1000 entries × 4 locales of generated content
 *   npm run bench:search -- --sizes real      real content only (--sizes generated: generated only)
 *   npm run bench:search -- --entries 200     another generated size
 *   npm run bench:search -- --compare DIR…    the recall set (tests/fixtures/search-recall.json) with
 *                                             each Pagefind install DIR (a folder where
 *                                             `npm install pagefind@X` was run), on one build
 *
 * Per size: index size per language (everything Pagefind writes for it), the bytes a first search
 * downloads, and the time from submitting that search on the loaded search page to its first
 * result in Chromium (median of several fresh page loads). Generated content goes into a temporary
 * copy of the project, never into content/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localeInfo, locales, type Locale } from '../src/i18n/locales.ts';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { parseRecallSet, recallSummary, runRecallSet } from './support/search-recall.ts';
import { launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { generateEntries } from './generate-bench-content.ts';
import { copyProject, projectRoot, removeProject } from './support/project-copy.ts';
import { buildProject } from './support/run-project.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		sizes: { type: 'string', default: 'real,generated' },
		entries: { type: 'string', default: '1000' },
		compare: { type: 'boolean', default: false },
		site: { type: 'string' },
		runs: { type: 'string', default: '5' },
		keep: { type: 'boolean', default: false },
	},
});

/** First-search queries per locale: a common word, so the search touches index, filters and fragments. A locale without one is not timed. */
const firstQuery: Partial<Record<Locale, string>> = { ja: 'インターンシップ', en: 'internship', zh: '实习', ko: '인턴십' };

async function buildSite(project: string, outDir: string): Promise<number> {
	const started = performance.now();
	const build = await buildProject(project, outDir);
	if (!build.ok) throw new Error(`the build of ${project} failed:\n${build.output.slice(-3000)}`);
	return (performance.now() - started) / 1000;
}

/** Bytes Pagefind wrote per language (files named after it), and the shared runtime. */
function indexSizes(bundle: string) {
	const sizes: Record<string, { files: number; bytes: number }> = {};
	for (const file of readdirSync(bundle, { recursive: true }) as string[]) {
		const full = path.join(bundle, file);
		if (!statSync(full).isFile()) continue;
		const name = path.basename(file);
		const language = /^(?:pagefind\.)?([a-z]{2}(?:-[a-z]+)?)_[\da-f]+\.pf_/.exec(name)?.[1] ?? (/^wasm\.(\w+)\.pagefind$/.test(name) ? `wasm` : 'runtime');
		sizes[language] ??= { files: 0, bytes: 0 };
		sizes[language].files += 1;
		sizes[language].bytes += statSync(full).size;
	}
	return sizes;
}

interface FirstSearch {
	ms: number;
	bytes: number;
	/** The same, with text files (pagefind.js, JSON) gzipped as a web host would; Pagefind's index files are compressed already. */
	gzipped: number;
	requests: number;
	results: number;
}

/**
 * Loads the search page (no query), then submits the first query and waits for the first result.
 * Counts every response the search causes (main thread and Pagefind's worker) and their bytes.
 */
async function firstSearch(origin: string, locale: Locale, query: string): Promise<FirstSearch> {
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/${locale}/search/`, { waitUntil: 'networkidle' });
		const responses: Promise<{ bytes: number; gzipped: number }>[] = [];
		context.on('response', (response) => {
			const file = new URL(response.url()).pathname;
			if (!file.startsWith('/pagefind/')) return;
			responses.push(
				response.body().then(
					(body) => ({ bytes: body.length, gzipped: /\.(js|json)$/.test(file) ? gzipSync(body).length : body.length }),
					() => ({ bytes: 0, gzipped: 0 }),
				),
			);
		});
		const ms = await page.evaluate(async (query) => {
			const input = document.querySelector<HTMLInputElement>('#search-query');
			const list = document.querySelector('[data-search-results]');
			if (!input || !list) throw new Error('not the search page');
			const first = new Promise<number>((resolve) => {
				new MutationObserver(() => list.firstElementChild && resolve(performance.now())).observe(list, { childList: true });
			});
			input.value = query;
			const started = performance.now();
			input.form?.requestSubmit();
			return (await first) - started;
		}, query);
		await page.waitForSelector('[data-search][data-state="done"]');
		const results = await page.locator('[data-search-results] > li').count();
		const sizes = await Promise.all(responses);
		await context.close();
		return {
			ms,
			bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
			gzipped: sizes.reduce((sum, size) => sum + size.gzipped, 0),
			requests: sizes.length,
			results,
		};
	} finally {
		await browser.close();
	}
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function measure(label: string, project: string) {
	const outDir = mkdtempSync(path.join(os.tmpdir(), 'lwit-search-'));
	try {
		const buildSeconds = await buildSite(project, outDir);
		const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).length;
		const sizes = indexSizes(path.join(outDir, 'pagefind'));
		const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { page_count: number }> };
		console.log(`\n## ${label}\n`);
		console.log(`build (Astro + index): ${buildSeconds.toFixed(1)} s, ${pages} HTML pages, Pagefind ${entry.version}\n`);
		console.log('| language | indexed pages | index files | index size | first search downloads (raw / text gzipped) | requests | time to first result (median) |');
		console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
		const server = await serveStatic(outDir);
		try {
			for (const locale of locales) {
				const language = localeInfo[locale].tag.toLowerCase();
				const query = firstQuery[locale];
				if (!query) {
					console.log(`| ${locale} (${language}) | ${entry.languages[language]?.page_count ?? 0} | no first-search query in scripts/bench-search.ts |`);
					continue;
				}
				const runs: FirstSearch[] = [];
				for (let run = 0; run < Number(values.runs); run += 1) runs.push(await firstSearch(server.url, locale, query));
				const size = sizes[language] ?? { files: 0, bytes: 0 };
				const bytes = median(runs.map((run) => run.bytes));
				const gzipped = median(runs.map((run) => run.gzipped));
				console.log(
					`| ${locale} (${language}) | ${entry.languages[language]?.page_count ?? 0} | ${size.files} | ${kB(size.bytes)} | ${kB(bytes)} / ${kB(gzipped)} | ${median(runs.map((run) => run.requests))} | ${Math.round(median(runs.map((run) => run.ms)))} ms |`,
				);
			}
		} finally {
			await server.close();
		}
		console.log(`\nshared by all languages: runtime (pagefind.js, pagefind-entry.json) ${kB(sizes.runtime?.bytes ?? 0)}, WebAssembly ${kB(sizes.wasm?.bytes ?? 0)} (${sizes.wasm?.files ?? 0} files)`);
	} finally {
		if (!values.keep) rmSync(outDir, { recursive: true, force: true });
		else console.log(`kept ${outDir}`);
	}
}

async function compare(installs: string[]) {
	if (installs.length === 0) throw new Error('--compare needs folders with Pagefind installed, e.g. /tmp/pf-1.4.0');
	const set = parseRecallSet(JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/search-recall.json'), 'utf8')));
	const site = values.site ? path.resolve(values.site) : mkdtempSync(path.join(os.tmpdir(), 'lwit-compare-'));
	if (!values.site) {
		const copy = copyProject('lwit-bench-search-');
		try {
			await buildSite(copy, site);
		} finally {
			removeProject(copy);
		}
	}
	const rows: string[] = [];
	const failures: string[] = [];
	for (const install of installs) {
		const entryPoint = path.resolve(install, 'node_modules/pagefind/lib/index.js');
		if (!existsSync(entryPoint)) throw new Error(`no Pagefind in ${install} (run npm install pagefind@X there)`);
		const pagefind = (await import(entryPoint)) as typeof import('pagefind');
		const version = (JSON.parse(readFileSync(path.resolve(install, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
		for (const koreanTerms of [true, false]) {
			rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
			await writeSearchIndex(site, { pagefind, koreanTerms });
			const sizes = indexSizes(path.join(site, 'pagefind'));
			const server = await serveStatic(site);
			const browser = await launchBrowser();
			try {
				const page = await browser.newPage();
				const summary = recallSummary(await runRecallSet(page, server.url, set));
				const cell = (locale: Locale) => `${summary.byLocale[locale].found}/${summary.byLocale[locale].expected}`;
				rows.push(
					`| ${version} | ${koreanTerms ? 'yes' : 'no'} | ${locales.map(cell).join(' | ')} | ${(summary.recall * 100).toFixed(1)} % | ${kB(sizes.ko?.bytes ?? 0)} |`,
				);
				for (const failure of summary.failures) {
					failures.push(`${version}${koreanTerms ? '' : ' (no Korean terms)'} ${failure.locale} “${failure.query}”: missing ${failure.missing.join(', ')}; top ${failure.top.join(' ') || '(none)'}`);
				}
			} finally {
				await browser.close();
				await server.close();
			}
		}
	}
	console.log(`\n| Pagefind | Korean particle forms | ${locales.join(' | ')} | recall | ko index size |`);
	console.log(`| --- | --- | ${locales.map(() => '---:').join(' | ')} | ---: | ---: |`);
	for (const row of rows) console.log(row);
	if (failures.length > 0) console.log(`\nMissed:\n${failures.map((line) => `- ${line}`).join('\n')}`);
	if (!values.site) rmSync(site, { recursive: true, force: true });
}

if (values.compare) {
	await compare(positionals);
} else {
	// Each size is built from a copy of the project: its own Astro caches, content/ untouched.
	const sizes = values.sizes.split(',');
	for (const size of ['real', 'generated'].filter((name) => sizes.includes(name))) {
		const copy = copyProject('lwit-bench-search-');
		try {
			if (size === 'real') {
				await measure('Real content', copy);
			} else {
				const entries = Number(values.entries);
				const written = generateEntries(copy, entries);
				await measure(`Generated content: ${entries} entries × ${locales.length} locales (${written} files, plus the real content)`, copy);
			}
		} finally {
			if (!values.keep) removeProject(copy);
			else console.log(`kept ${copy}`);
		}
	}
}
