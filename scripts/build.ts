/**
 * `npm run build`: the static site into dist/ (or --outDir DIR), then its search index into
 * DIR/pagefind/ (Pagefind, the version pinned in package.json). One script for the whole
 * pipeline, so the tests build exactly what ships. `--production` (npm run build:production) needs SITE_URL.
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { writeSearchIndex } from '../src/integrations/search-index.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, production: { type: 'boolean', default: false } } });
// `npm run build:production`: refuses the placeholder origin (src/integrations/site-url.ts).
if (values.production) process.env.SITE_ENV = 'production';
const outDir = path.resolve(values.outDir);
const quiet = process.env.ASTRO_LOG_LEVEL === 'warn';

await build({ outDir, logLevel: quiet ? 'warn' : 'info' });

const started = performance.now();
const search = await writeSearchIndex(outDir);
if (!quiet) {
	const languages = Object.entries(search.pages)
		.map(([lang, count]) => `${lang} ${count}`)
		.join(', ');
	console.log(
		`[search] indexed ${languages} page(s) (+${search.koreanTerms} Korean particle forms) into ${path.relative(process.cwd(), search.outputPath) || '.'} in ${Math.round(performance.now() - started)}ms`,
	);
}
