/**
 * Japanese text prepared for Pagefind's segmenter. Pagefind (charabia) picks a segmenter for each
 * run of CJK characters: a run with kana is Japanese (Lindera: 東京 + 都), a run of kanji alone is
 * taken for Chinese (jieba: 東 + 京都, 受 + 入 + 企 + 業). Headings, table cells and addresses are
 * often kanji alone, so 京都 (Kyoto) found the Tokyo pages and 受入企業 was four one-character
 * words. JAPANESE_MARK after each kanji run makes the run Japanese; being punctuation it is never
 * a word, and the search page removes it from what it shows. Only for the HTML handed to Pagefind.
 */
import { JAPANESE_MARK } from './marks.ts';

const KANJI_RUN = /[\p{Script=Han}々〆ヶ]+/gu;
const KANA_OR_MARK = /[\p{Script=Hiragana}\p{Script=Katakana}ー\u30A0]/u;

/** Text with JAPANESE_MARK after each whole run of kanji that kana do not follow. */
export function markKanjiRuns(text: string): string {
	return text.replace(KANJI_RUN, (run: string, offset: number) => (KANA_OR_MARK.test(text[offset + run.length] ?? '') ? run : run + JAPANESE_MARK));
}

/** The HTML with its text (not its tags, scripts or styles) inside `<main>` marked. */
export function withKanjiMarks(html: string): string {
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	if (start === -1 || end === -1) return html;
	const main = html
		.slice(start, end)
		.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|(>)([^<]+)/g, (match, skipped: string | undefined, _tag, close: string, text: string) =>
			skipped ? match : close + markKanjiRuns(text),
		);
	return html.slice(0, start) + main + html.slice(end);
}
