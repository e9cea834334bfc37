/**
 * `npm run bench:press [-- --runs N]`: the figures of the release PDFs. Per release and language: its
 * size and pages, the time to draw it in a fresh process (fonts parsed: cold) and once the fonts are
 * parsed (warm), and the time a build spends on the PDF step with a warm cache (every release page and
 * PDF endpoint reads its PDF from node_modules/.cache/lwit-pdf/). Reports, never judges.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { locales } from '../src/i18n/locales.ts';
import { parseMdx } from '../src/integrations/mdx-safety.ts';
import { releasePdf } from '../src/integrations/press-pdf.ts';
import { cachedReleasePdf } from '../src/integrations/press-pdf-cache.ts';
import { siteUrl } from '../src/integrations/site-url.ts';
import { type BodyNode, bodyBlocks } from '../src/lib/release-document.ts';
import { releasePdfContent } from '../src/lib/release-pdf-content.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const site = new URL(siteUrl());
const settings = yaml.load(readFileSync('content/settings/site.yml', 'utf8'));

/** Every release version in content/press, with what its page would pass to the generator. */
const versions = locales.flatMap((locale) => {
	const folder = path.join('content/press', locale);
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const source = readFileSync(path.join(folder, name), 'utf8');
			const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? ['', '', source];
			const data = yaml.load(front) as Record<string, unknown>;
			return { locale, key: name.replace(/\.mdx$/, ''), data: { ...data, date: new Date(String(data.date)) }, body };
		});
});

async function inputOf(version: (typeof versions)[number]) {
	const blocks = bodyBlocks((await parseMdx(version.body)) as BodyNode);
	const item = { key: version.key, locale: version.locale, contentLocale: version.locale, isFallback: false, value: version };
	return releasePdfContent(item as never, blocks, settings as never, site);
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const ms = (value: number) => `${value.toFixed(0)} ms`;
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

console.log(`Release PDFs: ${versions.length} (releases × languages), ${runs} runs each\n`);
for (const version of versions) {
	const input = await inputOf(version);
	let started = performance.now();
	const pdf = await releasePdf(input);
	const cold = performance.now() - started;
	const warm: number[] = [];
	for (let run = 0; run < runs; run += 1) {
		started = performance.now();
		await releasePdf(input);
		warm.push(performance.now() - started);
	}
	console.log(
		`${version.locale}/${version.key}.pdf: ${(pdf.length / 1000).toFixed(1)} kB, ${pages(pdf)} pages; first in this process ${ms(cold)} (parses the face if new), then ${ms(median(warm))} (median)`,
	);
}

// A build with a warm cache: each locale's page of each release and each PDF endpoint get the PDF from the cache.
const root = mkdtempSync(path.join(os.tmpdir(), 'lwit-pdf-bench-'));
try {
	for (const version of versions) await cachedReleasePdf(await inputOf(version), root);
	const times: number[] = [];
	const calls = versions.length * (1 + locales.length);
	for (let run = 0; run < runs; run += 1) {
		const started = performance.now();
		for (const version of versions) for (let call = 0; call <= locales.length; call += 1) await cachedReleasePdf(await inputOf(version), root);
		times.push(performance.now() - started);
	}
	console.log(`\nWarm cache: ${calls} look-ups (each release page and PDF endpoint: MDX parsed, hashed, read) take ${ms(median(times))} (median of ${runs})`);
} finally {
	rmSync(root, { recursive: true, force: true });
}
