/**
 * `npm run bench:search`: the search figures of issue 4, measured, not judged.
 *
 *   npm run bench:search                      real content, then 1000 entries × 4 locales of generated content
 *   npm run bench:search -- --sizes real      real content only (--sizes generated: generated only)
 *   npm run bench:search -- --entries 200     another generated size
 *   npm run bench:search -- --compare DIR…    the recall set (tests/fixtures/search-recall.json) with
 *                                             each Pagefind install DIR (a folder where
 *                                             `npm install pagefind@X` was run), on one build
 *   npm run bench:search -- --site DIR        the recall and precision set on a site already built
 *   npm run bench:search -- --no-recall       sizes and times only
 *   npm run bench:search -- --versus DIR DIR  time to first result on two built sites, runs
 *                                             alternating, so both see the same load on a shared machine
 *   npm run bench:search -- --question        time a question of several words instead of a common word
 *   npm run bench:search -- --segmentation [--site DIR]   how well each way of cutting Japanese and
 *                                             Chinese agrees with the index's own cut (queries of
 *                                             the recall set, titles, headings and descriptions)
 *
 * Per size: index size per language (everything Pagefind writes for it), the bytes a first search
 * downloads, the time from submitting that search on the loaded search page to its first result in
 * Chromium (median of several fresh page loads), and recall@5 and false matches of the recall and
 * precision set. Generated content goes into a temporary copy of the project, never into content/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Locale, localeInfo, locales } from '../src/i18n/locales.ts';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { createLexicon, type WordsFile, wordsFilePath } from '../src/lib/search/lexicon.ts';
import { queryTokens } from '../src/lib/search/query.ts';
import { generateEntries, readPool } from './generate-bench-content.ts';
import { launchBrowser } from './support/browser.ts';
import { copyProject, projectRoot, removeProject } from './support/project-copy.ts';
import { buildProject } from './support/run-project.ts';
import { describeFailure, parseRecallSet, RECALL_DEPTH, recallSummary, runRecallSet } from './support/search-recall.ts';
import { agreement, browserSegmentation, greedySegmentation, indexSegmentation, readingSegmentation } from './support/segmentation-agreement.ts';
import { serveStatic } from './support/static-server.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	allowNegative: true,
	options: {
		sizes: { type: 'string', default: 'real,generated' },
		entries: { type: 'string', default: '1000' },
		compare: { type: 'boolean', default: false },
		recall: { type: 'boolean', default: true },
		segmentation: { type: 'boolean', default: false },
		versus: { type: 'boolean', default: false },
		question: { type: 'boolean', default: false },
		site: { type: 'string' },
		runs: { type: 'string', default: '5' },
		keep: { type: 'boolean', default: false },
	},
});

/** First-search queries per locale: a common word, so the search touches index, filters and fragments. A locale without one is not timed. */
const commonWords: Partial<Record<Locale, string>> = { ja: 'インターンシップ', en: 'internship', zh: '实习', ko: '인턴십' };
/** With --question: a question of several words, which the search page splits and searches word by word. */
const questions: Partial<Record<Locale, string>> = {
	ja: '東京で就職したい',
	en: 'how do I apply for the internship',
	zh: '怎么申请实习',
	ko: '인턴십에 지원하려면',
};
const firstQuery = values.question ? questions : commonWords;

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
		const language =
			/^(?:pagefind\.)?([a-z]{2}(?:-[a-z]+)?)_[\da-f]+\.pf_/.exec(name)?.[1] ??
			(/^words\//.test(file) ? name.replace(/\.json$/, '') : /^wasm\.(\w+)\.pagefind$/.test(name) ? `wasm` : 'runtime');
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
			const root = document.querySelector<HTMLElement>('[data-search]');
			if (!input || !list || !root) throw new Error('not the search page');
			// The first result on screen, or the end of a search that found nothing.
			const first = new Promise<number>((resolve) => {
				new MutationObserver(() => list.firstElementChild && resolve(performance.now())).observe(list, { childList: true });
				new MutationObserver(() => root.dataset.state === 'done' && resolve(performance.now())).observe(root, {
					attributes: true,
					attributeFilter: ['data-state'],
				});
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

const readRecallSet = () => parseRecallSet(JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/search-recall.json'), 'utf8')));
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

/** The recall and precision set on a built site: recall@5 and false matches per language, then each failure. */
async function recallReport(site: string) {
	const server = await serveStatic(site);
	const browser = await launchBrowser();
	try {
		const summary = recallSummary(await runRecallSet(await browser.newPage(), server.url, readRecallSet()));
		console.log(`\n| language | recall@${RECALL_DEPTH} (all queries) | recall@${RECALL_DEPTH} (issue 4's queries) | precision cases | false matches |`);
		console.log('| --- | ---: | ---: | ---: | ---: |');
		for (const locale of locales) {
			const all = summary.byLocale[locale];
			console.log(`| ${locale} | ${all.found}/${all.expected} (${percent(all.recall)}) | | ${all.precisionCases} | ${all.falseMatches} |`);
		}
		console.log(
			`| all | ${summary.found}/${summary.expected} (${percent(summary.recall)}) | ${summary.core.found}/${summary.core.expected} (${percent(summary.core.recall)}) | ${summary.precisionCases} | ${summary.falseMatches} |`,
		);
		if (summary.failures.length > 0) console.log(`\nMissed:\n${summary.failures.map((item) => `- ${describeFailure(item)}`).join('\n')}`);
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Time to first result on two built sites, one run of each in turn per locale (median of `--runs`). */
async function versus(sites: string[]) {
	if (sites.length !== 2) throw new Error('--versus needs two built sites');
	const servers = await Promise.all(sites.map((site) => serveStatic(path.resolve(site))));
	try {
		console.log(`\n| language | ${sites.map((site) => `${path.basename(site)} (median)`).join(' | ')} |`);
		console.log(`| --- | ${sites.map(() => '---:').join(' | ')} |`);
		for (const locale of locales) {
			const query = firstQuery[locale];
			if (!query) continue;
			const times: number[][] = sites.map(() => []);
			for (let run = 0; run < Number(values.runs); run += 1) {
				for (const [index, server] of servers.entries()) times[index].push((await firstSearch(server.url, locale, query)).ms);
			}
			console.log(`| ${locale} | ${times.map((ms) => `${Math.round(median(ms))} ms`).join(' | ')} |`);
		}
	} finally {
		await Promise.all(servers.map((server) => server.close()));
	}
}

/** Agreement of three cuts of Japanese and Chinese with the index's own, on one built site's word lists. */
async function segmentationReport(site: string) {
	const set = readRecallSet();
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		console.log('\n| language | samples | cut | F1 of words with the index’s cut | samples cut exactly as the index |');
		console.log('| --- | --- | --- | ---: | ---: |');
		for (const locale of ['ja', 'zh'] as const) {
			const language = locale === 'zh' ? 'zh-hans' : 'ja';
			const words = JSON.parse(readFileSync(path.join(site, 'pagefind', wordsFilePath(language)), 'utf8')) as WordsFile;
			const lexicon = createLexicon(words.words);
			const pool = readPool(projectRoot, locale);
			const cjk = (sample: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample);
			const sources = {
				'recall-set queries': set[locale].flatMap((item) => queryTokens(item.query, locale)).filter(cjk),
				'titles, headings, descriptions': [...pool.titles, ...pool.headings, ...pool.descriptions].flatMap((text) => queryTokens(text, locale)).filter(cjk),
			};
			for (const [source, samples] of Object.entries(sources)) {
				const reference = await indexSegmentation(samples, locale);
				const browserCut = await browserSegmentation(page, samples, locale);
				const cuts = {
					'Intl.Segmenter (Chromium)': browserCut,
					'longest index word': samples.map((sample) => greedySegmentation(sample, lexicon)),
					'search page (ICU corrected by the index’s words)': browserCut.map((cut) => readingSegmentation(cut, lexicon)),
				};
				for (const [name, cut] of Object.entries(cuts)) {
					const score = agreement(cut, reference);
					console.log(`| ${locale} | ${samples.length} ${source} | ${name} | ${percent(score.f1)} | ${percent(score.same)} |`);
				}
			}
		}
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
		const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			version: string;
			languages: Record<string, { page_count: number }>;
		};
		console.log(`\n## ${label}\n`);
		console.log(`build (Astro + index): ${buildSeconds.toFixed(1)} s, ${pages} HTML pages, Pagefind ${entry.version}\n`);
		console.log(
			'| language | indexed pages | index files | index size | first search downloads (raw / text gzipped) | requests | time to first result (median) |',
		);
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
		console.log(
			`\nshared by all languages: runtime (pagefind.js, pagefind-entry.json) ${kB(sizes.runtime?.bytes ?? 0)}, WebAssembly ${kB(sizes.wasm?.bytes ?? 0)} (${sizes.wasm?.files ?? 0} files)`,
		);
		if (values.recall) await recallReport(outDir);
	} finally {
		if (!values.keep) rmSync(outDir, { recursive: true, force: true });
		else console.log(`kept ${outDir}`);
	}
}

/** The site to measure: `--site DIR`, or a fresh build of a copy of the project (removed by `done`). */
async function siteToMeasure(prefix: string): Promise<{ site: string; done: () => void }> {
	if (values.site) return { site: path.resolve(values.site), done: () => {} };
	const site = mkdtempSync(path.join(os.tmpdir(), prefix));
	const copy = copyProject('lwit-bench-search-');
	try {
		await buildSite(copy, site);
	} finally {
		removeProject(copy);
	}
	return { site, done: () => rmSync(site, { recursive: true, force: true }) };
}

async function compare(installs: string[]) {
	if (installs.length === 0) throw new Error('--compare needs folders with Pagefind installed, e.g. /tmp/pf-1.4.0');
	const set = readRecallSet();
	const { site, done } = await siteToMeasure('lwit-compare-');
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
					failures.push(`${version}${koreanTerms ? '' : ' (no Korean terms)'} ${describeFailure(failure)}`);
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
	done();
}

if (values.segmentation) {
	const { site, done } = await siteToMeasure('lwit-segmentation-');
	try {
		await segmentationReport(site);
	} finally {
		done();
	}
} else if (values.versus) {
	await versus(positionals);
} else if (values.compare) {
	await compare(positionals);
} else if (values.site) {
	await recallReport(path.resolve(values.site));
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
