/** Result excerpts drawn from the words a page really shows (not the indexer's extra forms). */
import type { PagefindResultData } from './pagefind-api.ts';

/** Words in an excerpt (Pagefind's default length). */
export const EXCERPT_WORDS = 30;
/** Meta field set by the indexer (src/integrations/search-index.ts): how many index-only words end the text. */
export const INDEX_ONLY_WORDS = 'index_only_words';

/**
 * An excerpt from the words a page really shows. Korean pages are indexed with extra particle
 * forms after their text; Pagefind would centre the excerpt on them, since they cluster. Here the
 * window is the densest run of matches within the page's own words, or none when only the extra
 * forms matched (the description is shown then). Undefined for pages without extra words.
 */
export function ownWordsExcerpt(data: PagefindResultData, length = EXCERPT_WORDS): { words: string[]; marked: boolean[] } | null | undefined {
	const extra = Number(data.meta[INDEX_ONLY_WORDS] ?? 0);
	if (!extra) return undefined;
	const words = data.content.trim().split(/\s+/);
	const own = Math.min(words.length, data.word_count - extra);
	const scores = new Map<number, number>();
	for (const { location, balanced_score } of data.weighted_locations ?? data.locations.map((location) => ({ location, balanced_score: 1 }))) {
		if (location < own) scores.set(location, (scores.get(location) ?? 0) + balanced_score);
	}
	if (scores.size === 0) return null;
	// The window [start, start + length) with the highest score…
	const score = (index: number) => scores.get(index) ?? 0;
	let sum = 0;
	for (let index = 0; index < Math.min(length, own); index += 1) sum += score(index);
	let best = sum;
	let bestStart = 0;
	for (let start = 1; start + length <= own; start += 1) {
		sum += score(start + length - 1) - score(start - 1);
		if (sum > best) {
			best = sum;
			bestStart = start;
		}
	}
	// …shifted so that a few words of context come before its first match.
	const first = Math.min(...[...scores.keys()].filter((location) => location >= bestStart));
	const start = Math.max(0, Math.min(first - Math.floor(length / 5), own - length));
	const end = Math.min(own, start + length);
	return { words: words.slice(start, end), marked: words.slice(start, end).map((_, offset) => scores.has(start + offset)) };
}
