/**
 * Where a long Japanese compound may break when a line is too narrow for it. Headings break between
 * phrases (`word-break: auto-phrase`), but a phrase wider than its box — 高度外国人材インターンシップ in a
 * card — would otherwise break anywhere (インターンシッ|プ). A change of script inside such a run (kanji
 * to katakana and back) is where its words meet: it becomes a break opportunity (<wbr>). Pure.
 */
import type { Locale } from '../i18n/locales.ts';

/** Compounds shorter than this fit any box the site has; they are left whole. */
const LONG_COMPOUND = 10;
const compoundScript = /^(?:\p{Script=Han}+|[\p{Script=Katakana}ー]+)$/u;

/** The text in parts, to be joined with <wbr>. Only Japanese is split, only inside long kanji–katakana compounds. */
export function compoundParts(text: string, locale: Locale): string[] {
	if (locale !== 'ja') return [text];
	const tokens = text.match(/\p{Script=Han}+|[\p{Script=Katakana}ー]+|[^\p{Script=Han}\p{Script=Katakana}ー]+/gu) ?? [text];
	const parts: string[] = [''];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		const previous = tokens[index - 1];
		if (previous && compoundScript.test(previous) && compoundScript.test(token) && compoundLength(tokens, index) >= LONG_COMPOUND) parts.push(token);
		else parts[parts.length - 1] += token;
	}
	return parts;
}

/** The length of the kanji–katakana compound the token at `index` belongs to. */
function compoundLength(tokens: string[], index: number): number {
	let start = index;
	let end = index;
	while (start > 0 && compoundScript.test(tokens[start - 1])) start--;
	while (end < tokens.length - 1 && compoundScript.test(tokens[end + 1])) end++;
	return tokens.slice(start, end + 1).join('').length;
}
