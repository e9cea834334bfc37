/** The part of Pagefind's browser API the search page uses (stable across Pagefind 1.x). */

export interface PagefindResultData {
	url: string;
	excerpt: string;
	content: string;
	/** The content with Pagefind's word boundaries (U+200B) kept, `<` and `>` escaped: set by Pagefind 1.x's loadFragment. */
	raw_content?: string;
	word_count: number;
	locations: number[];
	weighted_locations?: { location: number; balanced_score: number }[];
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
	id: string;
	score: number;
	/** Positions of the matched words in the page's content. */
	words: number[];
	data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
}
