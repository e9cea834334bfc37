/**
 * Runs an analysed query (query.ts) through Pagefind word by word and ranks the pages: those that
 * match every word first, then those that match fewer, each group by the sum of Pagefind's
 * scores. A word's alternatives (spellings, number forms) count as one word; parts that must
 * follow each other are searched as a Pagefind phrase, scored by the same words searched together.
 * Words that match no page are returned, so the page can say so: no word is dropped silently.
 */
import type { PagefindResult, PagefindSearch } from './pagefind-api.ts';
import type { Alternative, QueryWord } from './query.ts';

/** The part of Pagefind this needs: a search by term, without filters (run-query filters locally). */
export type SearchTerm = (term: string) => Promise<PagefindSearch | null>;

export interface RankedResult {
	id: string;
	/** How many of the query's words the page matches. */
	matched: number;
	score: number;
	/** Positions of all matched words in the page's content. */
	locations: number[];
	/** One of Pagefind's results for the page (for its data). */
	result: PagefindResult;
}

export interface QueryOutcome {
	results: RankedResult[];
	/** Words with pages, and words that matched none. */
	found: QueryWord[];
	missing: QueryWord[];
}

interface WordHit {
	score: number;
	locations: number[];
	result: PagefindResult;
}

/** The pages one alternative finds. */
async function searchAlternative(search: SearchTerm, { terms, inOrder: ordered }: Alternative): Promise<Map<string, WordHit>> {
	const hits = new Map<string, WordHit>();
	const scored = await search(terms.join(' '));
	// Parts of a compound must follow each other: Pagefind's quoted (exact) search checks that.
	const inOrder = ordered && terms.length > 1 ? new Set((await search(`"${terms.join(' ')}"`))?.results.map((result) => result.id)) : undefined;
	for (const result of scored?.results ?? []) {
		if (inOrder && !inOrder.has(result.id)) continue;
		hits.set(result.id, { score: result.score, locations: result.words, result });
	}
	return hits;
}

/** The pages a word finds by any of its alternatives, each with its best score. */
async function searchWord(search: SearchTerm, word: QueryWord): Promise<Map<string, WordHit>> {
	const hits = new Map<string, WordHit>();
	for (const found of await Promise.all(word.alternatives.map((alternative) => searchAlternative(search, alternative)))) {
		for (const [id, hit] of found) {
			const known = hits.get(id);
			if (!known) hits.set(id, hit);
			else hits.set(id, { ...(hit.score > known.score ? hit : known), locations: [...new Set([...known.locations, ...hit.locations])] });
		}
	}
	return hits;
}

/** Every word searched, the pages ranked by how many words they match, then by score. */
export async function runQuery(search: SearchTerm, words: QueryWord[]): Promise<QueryOutcome> {
	const perWord = await Promise.all(words.map((word) => searchWord(search, word)));
	const pages = new Map<string, RankedResult>();
	perWord.forEach((hits) => {
		for (const [id, hit] of hits) {
			const page = pages.get(id) ?? { id, matched: 0, score: 0, locations: [], result: hit.result };
			page.matched += 1;
			page.score += hit.score;
			page.locations.push(...hit.locations);
			pages.set(id, page);
		}
	});
	const results = [...pages.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
	return {
		results,
		found: words.filter((_, index) => perWord[index].size > 0),
		missing: words.filter((_, index) => perWord[index].size === 0),
	};
}
