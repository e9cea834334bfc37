/**
 * `npm run bench`: builds the site into a temporary folder and prints the figures DESIGN.md
 * budgets: build time, pages built, a story page's HTML + CSS gzipped, the chooser's script.
 * A benchmark, not a test: it reports, it does not judge.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { locales } from '../src/i18n/locales.ts';
import { storyFacets } from '../src/lib/taxonomies.ts';
import { inlineScripts, pageWeight } from './support/page-weight.ts';
import { buildProject, projectRoot } from './support/run-project.ts';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'lwit-bench-'));
const started = performance.now();
const build = await buildProject(projectRoot, outDir);
if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-3000)}`);
const buildSeconds = (performance.now() - started) / 1000;

const htmlPages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
/** Every story page in every locale (filter pages aside); the budget holds for the heaviest. */
const storyPages = locales.flatMap((locale) =>
	readdirSync(path.join(outDir, locale, 'stories'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !(storyFacets as readonly string[]).includes(entry.name))
		.map((entry) => `/${locale}/stories/${entry.name}/`),
);
if (storyPages.length === 0) throw new Error('no story page was built');
const [storyPage, weight] = storyPages
	.map((page) => [page, pageWeight(outDir, page)] as const)
	.reduce((heaviest, current) => (current[1].totalGzip > heaviest[1].totalGzip ? current : heaviest));
const forwarder = inlineScripts(readFileSync(path.join(outDir, 'index.html'), 'utf8')).join('');

const rows: [string, string][] = [
	['build (scripts/build.ts, wall clock)', `${buildSeconds.toFixed(1)} s`],
	['HTML pages built', String(htmlPages.length)],
	[`heaviest of ${storyPages.length} story pages: ${storyPage}`, ''],
	['  HTML gzipped', `${weight.htmlGzip} B`],
	['  + linked CSS gzipped', `${weight.cssGzip} B`],
	['  = HTML + CSS gzipped (budget 14 KB = 14336 B)', `${weight.totalGzip} B`],
	['language chooser inline script (budget 1 KB)', `${Buffer.byteLength(forwarder)} B`],
];
for (const [label, value] of rows) console.log(`${label.padEnd(52)} ${value}`);
rmSync(outDir, { recursive: true, force: true });
