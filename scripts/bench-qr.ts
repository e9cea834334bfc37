/**
 * `npm run bench:qr [-- --dist DIR] [--runs N]`: the figures of the QR campaigns. For each landing's
 * code: QR version and modules, module size in the PNG and printed 25 mm wide; the bytes of its /q/
 * page in a built site (raw and gzipped, and its inline script); and what making the codes costs a
 * build, with an empty cache (a content change) and a warm one (every other build). Reports, never judges.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cachedQrCode } from '../src/integrations/qr-codes.ts';
import { siteUrl } from '../src/integrations/site-url.ts';
import { shortPath } from '../src/lib/landings.ts';
import { qrFormats, qrRaster, qrSymbol } from '../src/lib/qr.ts';
import { gzipSize, inlineScripts } from './support/page-weight.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const keys = readdirSync('content/landings/ja')
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => name.replace(/\.mdx$/, ''))
	.sort();
const site = siteUrl();
const mm = (value: number) => `${value.toFixed(2)} mm`;

console.log(`QR codes of ${keys.length} landings on ${site} (error correction Q, quiet zone 4 modules)\n`);
for (const key of keys) {
	const text = new URL(shortPath(key), site).href;
	const symbol = qrSymbol(text);
	const png = qrRaster(text);
	console.log(`${text}`);
	console.log(`  version ${symbol.version}: ${symbol.size} modules + quiet zone = ${symbol.width} modules across`);
	console.log(
		`  PNG ${png.width} × ${png.width} px, ${png.scale} px per module (at 300 dpi: ${mm((png.width / 300) * 25.4)} wide, modules ${mm((png.scale / 300) * 25.4)})`,
	);
	console.log(`  printed 25 mm wide: modules ${mm(25 / symbol.width)} (symbol without quiet zone ${mm((25 * symbol.size) / symbol.width)})`);
	const page = path.join(values.dist, 'q', key, 'index.html');
	try {
		const html = readFileSync(page, 'utf8');
		console.log(
			`  ${shortPath(key)} page: ${Buffer.byteLength(html)} B raw, ${gzipSize(html)} B gzipped; forwarder script ${Buffer.byteLength(inlineScripts(html).join(''))} B`,
		);
	} catch {
		console.log(`  ${shortPath(key)} page: not built in ${values.dist} (npm run build, or --dist DIR)`);
	}
}

/** Makes every code (SVG and PNG) through the build's cache in `root`; milliseconds. */
async function makeAll(root: string): Promise<number> {
	const started = performance.now();
	for (const key of keys) {
		const text = new URL(shortPath(key), site).href;
		for (const format of qrFormats) await cachedQrCode(text, format, `QR code: ${text}`, root);
	}
	return performance.now() - started;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const cold: number[] = [];
const warm: number[] = [];
for (let run = 0; run < runs; run += 1) {
	const root = mkdtempSync(path.join(os.tmpdir(), 'lwit-bench-qr-'));
	try {
		cold.push(await makeAll(root));
		warm.push(await makeAll(root));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
console.log(
	`\nMaking the ${keys.length * qrFormats.length} code files (median of ${runs}): empty cache ${median(cold).toFixed(0)} ms, warm cache ${median(warm).toFixed(1)} ms`,
);
