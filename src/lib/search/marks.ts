/**
 * Characters the indexer adds to the HTML it hands to Pagefind (never to the HTML readers
 * download), and that the search page removes from what it shows.
 *
 * - `JAPANESE_MARK` (゠, U+30A0) ends each run of Japanese text without kana. Pagefind picks its
 *   segmenter per run of text: kanji alone (東京都, 千代田区大手町) is taken for Chinese and cut
 *   by a Chinese dictionary (東 + 京都), so 京都 found the Tokyo pages. A character from the kana
 *   block makes the run Japanese (東京 + 都); this one is punctuation, so it is never a word.
 * - `INDEX_ONLY_MARK` (⁂) starts the words that only the index holds (Korean particle forms,
 *   keywords, digits of numbers): excerpts are drawn from the words before it.
 */
export const JAPANESE_MARK = '\u30A0';
export const INDEX_ONLY_MARK = '\u2042';

/** Text as the page shows it: the indexer's marks removed. */
export function withoutMarks(text: string): string {
	return text.replaceAll(JAPANESE_MARK, '').replaceAll(INDEX_ONLY_MARK, '');
}
