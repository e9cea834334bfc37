/**
 * `npm run build`: the static site into dist/ (or --outDir DIR). Later steps of the
 * pipeline (the search index) hang off this one script so tests build exactly what ships.
 */
import { build } from 'astro';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.outDir);

await build({ outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'warn' ? 'warn' : 'info' });
