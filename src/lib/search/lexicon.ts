/**
 * The words of a language's index, as the search page reads them: which query words Pagefind can
 * find, how a compound splits into words the index holds, and what a typo was meant to be.
 * Written at index time (src/integrations/search-words.ts) to /pagefind/words/<lang>.json, read
 * once by the search page.
 */

/** The words file: each word of the index with the number of pages it occurs on. */
export interface WordsFile {
	/** The `<html lang>` of the index (ja, en, zh-hans, ko). */
	language: string;
	words: Record<string, number>;
}

/** Where a language's words file lives inside the Pagefind bundle. */
export function wordsFilePath(language: string): string {
	return `words/${language.toLowerCase()}.json`;
}

export interface Lexicon {
	/** Each word with the number of its pages. */
	readonly pages: ReadonlyMap<string, number>;
	/** The index holds this word. */
	has(word: string): boolean;
	/** The index holds a word that starts with this (Pagefind's prefix match). */
	hasPrefix(prefix: string): boolean;
}

export function createLexicon(words: Record<string, number> | Iterable<string>): Lexicon {
	const pages = new Map<string, number>(Symbol.iterator in words ? [...(words as Iterable<string>)].map((word) => [word, 1]) : Object.entries(words));
	const sorted = [...pages.keys()].sort();
	return {
		pages,
		has: (word) => pages.has(word),
		hasPrefix(prefix) {
			let low = 0;
			let high = sorted.length;
			while (low < high) {
				const middle = (low + high) >> 1;
				if (sorted[middle] < prefix) low = middle + 1;
				else high = middle;
			}
			return low < sorted.length && sorted[low].startsWith(prefix);
		},
	};
}

/**
 * The ways a run of text is a sequence of index words, fewest words first (中小企業 → 中小 企業,
 * then 中 小 企業: the index may hold either sequence, depending on the text around it); none
 * when some part is no index word (京都 where the index only has 東京 and 都). Single characters
 * count only when the index holds them as words.
 */
export function splitsIntoWords(text: string, lexicon: Lexicon, { limit = 4, longest = 12, partialLast = false } = {}): string[][] {
	const characters = [...text];
	const splits: string[][] = [];
	const walk = (start: number, words: string[]) => {
		if (splits.length >= limit * 4) return;
		if (start === characters.length) {
			splits.push(words);
			return;
		}
		for (let end = Math.min(characters.length, start + longest); end > start; end -= 1) {
			const word = characters.slice(start, end).join('');
			const last = end === characters.length;
			if (lexicon.has(word) || (partialLast && last && words.length > 0 && [...word].length > 1 && lexicon.hasPrefix(word))) walk(end, [...words, word]);
		}
	};
	walk(0, []);
	return splits.sort((a, b) => a.length - b.length).slice(0, limit);
}

/**
 * How the index can find a compound it holds only in parts: the parts in a row (中小企業 → 中 小
 * 企業); failing that, parts with the last one typed short (省エネ → 省 + エネルギー), all required
 * but in any order. None when neither works.
 */
export function compoundParts(text: string, lexicon: Lexicon): { terms: string[]; inOrder?: boolean }[] {
	const exact = splitsIntoWords(text, lexicon).filter((parts) => parts.length > 1);
	if (exact.length > 0) return exact.map((terms) => ({ terms, inOrder: true }));
	return splitsIntoWords(text, lexicon, { partialLast: true })
		.filter((parts) => parts.length > 1)
		.map((terms) => ({ terms }));
}
