/**
 * Writes the Pagefind index of a built site: one index per language, taken from each page's
 * `<html lang>`. Called by scripts/build.ts after the Astro build, so `npm run build` (and the
 * tests, which run the same script) ship the index; the search benchmark and the version
 * comparison call it with another Pagefind module.
 *
 * Only pages with `data-pagefind-body` are indexed (entry pages in their own language; see
 * src/lib/search/index.ts). Korean pages get extra terms (src/lib/search/korean.ts) in the HTML handed
 * to Pagefind only: the HTML that readers download is untouched.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_ONLY_WORDS } from '../lib/search/excerpt.ts';
import { koreanIndexTerms, koreanNouns, type WeightedText } from '../lib/search/korean.ts';

type Pagefind = typeof import('pagefind');

export interface SearchIndexOptions {
	/** The Pagefind module to index with (default: the project's pinned `pagefind`). */
	pagefind?: Pagefind;
	/** Add particle forms of Korean nouns at index time (default true). */
	koreanTerms?: boolean;
	/** Where the bundle goes, relative to the site root (default `pagefind`). */
	bundleDir?: string;
}

export interface SearchIndexReport {
	/** Indexed pages per `<html lang>`. */
	pages: Record<string, number>;
	/** Pages left out: no `data-pagefind-body` (lists, fallbacks, the search page, the admin). */
	skipped: number;
	/** Extra Korean words added, over all Korean pages. */
	koreanTerms: number;
	outputPath: string;
}

/** Files of Pagefind's own search UIs, which this site does not use. */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(full);
		else if (entry.name.endsWith('.html')) yield full;
	}
}

/** The site URL of a built file: `ko/programmes/internship/index.html` → `/ko/programmes/internship/`. */
export function pageUrl(root: string, file: string): string {
	const relative = path.relative(root, file).split(path.sep).join('/');
	return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function toText(html: string): string {
	return html.replace(/<[^>]+>/g, ' ').replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) => {
		if (name[0] === '#') return String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10));
		return ENTITIES[name.toLowerCase()] ?? entity;
	});
}

/**
 * The text Pagefind indexes on a page, roughly, with the weight it gives each part: headings
 * h1–h6 weigh 7–2, everything else 1. Only what is inside `data-pagefind-body` elements; the
 * elements Pagefind drops (script, style, nav, footer, form) are dropped here too.
 */
export function indexedRegions(html: string): WeightedText[] {
	const parts: string[] = [];
	const opening = /<(\w+)\b[^>]*\sdata-pagefind-body\b[^>]*>/g;
	for (let match = opening.exec(html); match; match = opening.exec(html)) {
		const close = html.lastIndexOf(`</${match[1]}>`);
		if (close > match.index) parts.push(html.slice(match.index + match[0].length, close));
	}
	const regions: WeightedText[] = [];
	const rest = parts
		.join(' ')
		.replace(/<(script|style|nav|footer|form)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => {
			regions.push({ text: toText(inner), weight: 8 - Number(level) });
			return ' ';
		});
	regions.push({ text: toText(rest), weight: 1 });
	return regions;
}

/**
 * The page as Pagefind should read it: a Korean page gets its nouns' particle forms in extra
 * body regions, one per weight, at the end of `<main>`. Readers never download them.
 */
export function withKoreanTerms(html: string, lexicon?: ReadonlySet<string>): { html: string; terms: number } {
	const groups = koreanIndexTerms(indexedRegions(html), lexicon);
	if (groups.length === 0 || !html.includes('</main>')) return { html, terms: 0 };
	const terms = groups.reduce((sum, group) => sum + group.words.length, 0);
	// The count lets the search page keep excerpts to the words the page really shows.
	const regions = groups.map(
		(group, index) =>
			`<div data-pagefind-body data-pagefind-weight="${group.weight}"${index === 0 ? ` data-pagefind-meta="${INDEX_ONLY_WORDS}:${terms}"` : ''}>${group.words.join(' ')}</div>`,
	);
	return { html: html.replace('</main>', `${regions.join('')}</main>`), terms };
}

export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
	const pagefind = options.pagefind ?? (await import('pagefind'));
	const root = path.resolve(siteDir);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const report: SearchIndexReport = { pages: {}, skipped: 0, koreanTerms: 0, outputPath: path.join(root, options.bundleDir ?? 'pagefind') };
	const languageOf = (html: string) => /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
	try {
		// Korean nouns of the whole site first: a page may write a noun only bare.
		const lexicon = new Set<string>();
		if (options.koreanTerms !== false) {
			for await (const file of htmlFiles(root)) {
				const html = await readFile(file, 'utf8');
				if (html.includes('data-pagefind-body') && languageOf(html) === 'ko') {
					for (const noun of koreanNouns(indexedRegions(html).map((region) => region.text))) lexicon.add(noun);
				}
			}
		}
		for await (const file of htmlFiles(root)) {
			let html = await readFile(file, 'utf8');
			if (!html.includes('data-pagefind-body')) {
				report.skipped += 1;
				continue;
			}
			const lang = languageOf(html);
			if (lang === 'ko' && options.koreanTerms !== false) {
				const added = withKoreanTerms(html, lexicon);
				html = added.html;
				report.koreanTerms += added.terms;
			}
			const added = await index.addHTMLFile({ url: pageUrl(root, file), content: html });
			if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
			report.pages[lang] = (report.pages[lang] ?? 0) + 1;
		}
		const written = await index.writeFiles({ outputPath: report.outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		// Pagefind also writes its ready-made UIs; the search page has its own, so they are not shipped.
		for (const file of await readdir(report.outputPath)) if (UNUSED_BUNDLE_FILE.test(file)) await rm(path.join(report.outputPath, file));
	} finally {
		await index.deleteIndex();
		await pagefind.close();
	}
	return report;
}
