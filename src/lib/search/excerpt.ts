/**
 * Result excerpts, built in the page from the words a page really shows. A query is searched
 * word by word, so Pagefind's own excerpt (centred on one search's matches) would mark only some
 * of them; and index-only words (after INDEX_ONLY_MARK) must never show.
 */
import { INDEX_ONLY_MARK, withoutMarks } from './marks.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/** Words in an excerpt (Pagefind's default length). */
export const EXCERPT_WORDS = 30;

export interface Excerpt {
	/** Words in the order shown, each with the spacing that follows it on the page. */
	words: string[];
	marked: boolean[];
	/** The page has words before the excerpt, and after it. */
	cutStart: boolean;
	cutEnd: boolean;
}

/**
 * A page's words as Pagefind counts their positions: Japanese and Chinese content comes with a
 * zero-width space after each word (kept in `raw_content`), other languages are split at spaces.
 * Each word keeps the space that follows it, so that joining them gives the text back. Only the
 * words before INDEX_ONLY_MARK: the rest is for the index.
 */
export function pageWords(data: Pick<PagefindResultData, 'content' | 'raw_content'>): string[] {
	const segmented = data.raw_content?.includes('\u200B');
	const text = segmented ? data.raw_content!.replaceAll('&lt;', '<').replaceAll('&gt;', '>') : data.content.trim();
	const words = segmented ? text.split('\u200B') : text.split(/(?<=\s)(?=\S)/);
	const end = words.findIndex((word) => word.trim() === INDEX_ONLY_MARK);
	return end === -1 ? words : words.slice(0, end);
}

/**
 * The excerpt of `length` words with the most matches (`locations`, word positions of every
 * matched query word), starting a few words before its first match; null when no match lies in
 * the page's own words (the description is shown then).
 */
export function excerptFor(data: Pick<PagefindResultData, 'content' | 'raw_content'>, locations: number[], length = EXCERPT_WORDS): Excerpt | null {
	const words = pageWords(data);
	const own = words.length;
	const matched = new Set(locations.filter((location) => location < own));
	if (matched.size === 0) return null;
	// The window [start, start + length) with the most matches…
	let count = 0;
	for (let index = 0; index < Math.min(length, own); index += 1) if (matched.has(index)) count += 1;
	let best = count;
	let bestStart = 0;
	for (let start = 1; start + length <= own; start += 1) {
		count += (matched.has(start + length - 1) ? 1 : 0) - (matched.has(start - 1) ? 1 : 0);
		if (count > best) {
			best = count;
			bestStart = start;
		}
	}
	// …shifted so that a few words of context come before its first match.
	const first = Math.min(...[...matched].filter((location) => location >= bestStart));
	const start = Math.max(0, Math.min(first - Math.floor(length / 5), own - length));
	const end = Math.min(own, start + length);
	const shown = words.slice(start, end).map(withoutMarks);
	return { words: shown, marked: shown.map((_, offset) => matched.has(start + offset)), cutStart: start > 0, cutEnd: end < own };
}
