/**
 * Writes the Pagefind index of a built site: one index per language, taken from each page's
 * `<html lang>`. Called by scripts/build.ts after the Astro build, so `npm run build` (and the
 * tests, which run the same script) ship the index; the search benchmark and the version
 * comparison call it with another Pagefind module.
 *
 * Only pages with `data-pagefind-body` are indexed (entry pages in their own language; see
 * src/lib/search/index.ts), and fallback pages by their record (title and facts). The HTML handed
 * to Pagefind, never the HTML readers download, gets:
 * - a fallback page's record as its only indexed text;
 * - index-only words after INDEX_ONLY_MARK: the entry's keywords (weighted as a title), the digits
 *   of numbers on Japanese and Chinese pages, Korean particle forms (src/lib/search/korean.ts);
 * - on Japanese pages, JAPANESE_MARK after runs of kanji (src/lib/search/kanji-runs.ts).
 * After indexing, each language's word list is written next to the index (search-words.ts).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { FALLBACK_ATTRIBUTE, type FallbackRecord, KEYWORDS_ATTRIBUTE } from '../lib/search/index.ts';
import { withKanjiMarks } from '../lib/search/kanji-runs.ts';
import { koreanIndexTerms, koreanNouns, type WeightedText } from '../lib/search/korean.ts';
import { INDEX_ONLY_MARK } from '../lib/search/marks.ts';
import { numberWords } from '../lib/search/normalise.ts';
import { segmentWords } from '../lib/search/segment-cjk.ts';
import { writeWordLists } from './search-words.ts';

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
	/** Fallback pages indexed by their record. */
	fallbacks: number;
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

/** Where the element of `tag` opened before `from` closes (nested elements of the same tag skipped), or -1. */
function closingTag(html: string, tag: string, from: number): number {
	const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
	tags.lastIndex = from;
	let depth = 1;
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		depth += match[1] ? -1 : 1;
		if (depth === 0) return match.index;
	}
	return -1;
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
		const start = match.index + match[0].length;
		const close = closingTag(html, match[1], start);
		if (close > start) parts.push(html.slice(start, close));
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

/** How much a keyword weighs: as much as a word of the title. */
export const KEYWORD_WEIGHT = 7;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.codePointAt(0)};`);

/** An attribute of the first element that has it, entities decoded. */
function attribute(html: string, name: string): string | undefined {
	const value = new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
	return value === undefined ? undefined : toText(value);
}

/** Words the index holds at one weight (7 as a title word, 1 as running text). */
interface WordGroup {
	weight: number;
	words: string[];
}

/** Groups of index-only words as body regions, INDEX_ONLY_MARK first, to go before `</main>`. */
export function indexOnlyRegions(groups: WordGroup[]): string {
	const filled = groups.filter((group) => group.words.length > 0);
	return filled
		.map(
			(group, index) =>
				`<div data-pagefind-body data-pagefind-weight="${group.weight}">${index === 0 ? `${INDEX_ONLY_MARK} ` : ''}${group.words.map(escapeHtml).join(' ')}</div>`,
		)
		.join('');
}

/**
 * A fallback page's record as its only indexed text: the facts, which are also its excerpt, and
 * after INDEX_ONLY_MARK the title (as words, when the index's language does not segment the
 * title's), weighted as a title but never repeated in the excerpt under the title itself.
 */
export function fallbackRegion(record: FallbackRecord, indexLanguage: string): string {
	const segmentable = record.language === 'ja' || record.language === 'zh';
	const titleWords = segmentable && !/^(ja|zh)/.test(indexLanguage) ? segmentWords(record.title, record.language as 'ja' | 'zh').join(' ') : record.title;
	const filters = Object.entries(record.filters);
	return (
		`<section data-pagefind-body data-language="${record.language}" data-pagefind-meta="language[data-language]" ` +
		`${filters.map(([name, value]) => `data-${name}="${escapeHtml(value)}"`).join(' ')} data-pagefind-filter="${filters.map(([name]) => `${name}[data-${name}]`).join(', ')}">` +
		`<p data-pagefind-ignore data-pagefind-meta="title">${escapeHtml(record.title)}</p>` +
		`<p data-pagefind-meta="description">${escapeHtml(record.facts.join(' · '))}</p><h1>${INDEX_ONLY_MARK} ${escapeHtml(titleWords)}</h1></section>`
	);
}

/**
 * The HTML Pagefind should read for a page in `lang`: a fallback's record, the keywords, the
 * digits of numbers (ja, zh) and Korean particle forms as index-only words, kanji runs marked (ja);
 * and the page's text with its keywords (for the word lists).
 */
export function pageForIndex(
	html: string,
	lang: string,
	koreanLexicon?: ReadonlySet<string>,
): { html: string; text: string; koreanTerms: number; fallback: boolean } {
	let page = html;
	const record = attribute(page, FALLBACK_ATTRIBUTE);
	if (record && !page.includes('data-pagefind-body')) page = page.replace('</main>', `${fallbackRegion(JSON.parse(record) as FallbackRecord, lang)}</main>`);
	if (!page.includes('data-pagefind-body') || !page.includes('</main>')) return { html: page, text: '', koreanTerms: 0, fallback: false };
	const keywords = JSON.parse(attribute(page, KEYWORDS_ATTRIBUTE) ?? '[]') as string[];
	const regions = indexedRegions(page);
	const groups: WordGroup[] = [{ weight: KEYWORD_WEIGHT, words: keywords }];
	if (/^(ja|zh)/.test(lang)) groups.push({ weight: 1, words: numberWords(regions.map((region) => region.text).join(' ')) });
	let koreanTerms = 0;
	if (lang === 'ko' && koreanLexicon) {
		// A keyword is a noun readers use: it gets particle forms even when written bare.
		const nouns = new Set([...koreanLexicon, ...keywords.flatMap((keyword) => keyword.split(/\s+/))]);
		const forms = koreanIndexTerms([...regions, { text: keywords.join(' '), weight: KEYWORD_WEIGHT }], nouns);
		koreanTerms = forms.reduce((sum, group) => sum + group.words.length, 0);
		groups.push(...forms);
	}
	page = page.replace('</main>', `${indexOnlyRegions(groups)}</main>`);
	if (lang === 'ja') page = withKanjiMarks(page);
	const text = [...regions.map((region) => region.text), ...keywords].join(' ');
	return { html: page, text, koreanTerms, fallback: Boolean(record) };
}

export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
	const pagefind = options.pagefind ?? (await import('pagefind'));
	const root = path.resolve(siteDir);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const report: SearchIndexReport = { pages: {}, skipped: 0, koreanTerms: 0, fallbacks: 0, outputPath: path.join(root, options.bundleDir ?? 'pagefind') };
	const texts = new Map<string, string[]>();
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
			const html = await readFile(file, 'utf8');
			if (!html.includes('data-pagefind-body') && !html.includes(FALLBACK_ATTRIBUTE)) {
				report.skipped += 1;
				continue;
			}
			const lang = languageOf(html);
			const page = pageForIndex(html, lang, options.koreanTerms === false ? undefined : lexicon);
			report.koreanTerms += page.koreanTerms;
			if (page.fallback) report.fallbacks += 1;
			const added = await index.addHTMLFile({ url: pageUrl(root, file), content: page.html });
			if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
			report.pages[lang] = (report.pages[lang] ?? 0) + 1;
			texts.set(lang, [...(texts.get(lang) ?? []), page.text]);
		}
		const written = await index.writeFiles({ outputPath: report.outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		await writeWordLists(report.outputPath, texts);
		// Pagefind also writes its ready-made UIs; the search page has its own, so they are not shipped.
		for (const file of await readdir(report.outputPath)) if (UNUSED_BUNDLE_FILE.test(file)) await rm(path.join(report.outputPath, file));
	} finally {
		await index.deleteIndex();
		await pagefind.close();
	}
	return report;
}
