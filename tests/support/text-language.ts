/**
 * Which language a piece of text is visibly in, by script, where that is unambiguous: kana → ja,
 * Hangul → ko, English words (and no CJK) → en. Han-only text (ja or zh) is not judged.
 */
import { langOf, type Node } from './html.ts';

export function visibleLanguage(text: string): 'ja' | 'ko' | 'en' | undefined {
	if (/[\u3040-\u30ff]/.test(text)) return 'ja';
	if (/[\uac00-\ud7af]/.test(text)) return 'ko';
	if (/\b[a-z]{4,}\b/.test(text) && !/[\u3400-\u9fff]/.test(text)) return 'en';
	return undefined;
}

/** Text under `root` whose script says one language while its `lang` says another. */
export function mislabelledText(root: Node): string[] {
	const problems: string[] = [];
	const visit = (node: Node) => {
		if (node.nodeName === 'script' || node.nodeName === 'style' || node.nodeName === 'template') return;
		if (node.nodeName === '#text') {
			const text = (node.value ?? '').replace(/\s+/g, ' ').trim();
			if (node.parentNode?.nodeName === 'title') return;
			const visible = text && visibleLanguage(text);
			const declared = node.parentNode && langOf(node.parentNode);
			if (visible && declared && declared.split('-')[0] !== visible) problems.push(`“${text.slice(0, 50)}” is ${visible} but lang=${declared}`);
			return;
		}
		for (const child of node.childNodes ?? []) visit(child);
	};
	visit(root);
	return problems;
}
