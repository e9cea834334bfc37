/**
 * A release's body as the blocks a PDF draws (headings, paragraphs, lists, tables), read from the
 * MDX's mdast. Editor components count by their text (Callout: title and text; Figure: its caption).
 */

import type { Locale } from '../i18n/locales.ts';

/** The mdast nodes read here (unist + MDX), as satteri gives them. */
export interface BodyNode {
	type: string;
	name?: string | null;
	value?: unknown;
	depth?: number;
	ordered?: boolean | null;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: BodyNode[];
}

export type Block =
	| { type: 'heading'; depth: number; text: string }
	| { type: 'paragraph'; text: string }
	| { type: 'list'; ordered: boolean; items: string[] }
	| { type: 'table'; rows: string[][] };

/** The text of inline content, with line breaks as spaces and runs of white space collapsed. */
export function inlineText(node: BodyNode): string {
	const gather = (child: BodyNode): string => {
		if (child.type === 'text' || child.type === 'inlineCode') return String(child.value ?? '');
		if (child.type === 'break') return ' ';
		return (child.children ?? []).map(gather).join('');
	};
	return gather(node).replace(/\s+/g, ' ').trim();
}

const attribute = (node: BodyNode, name: string): string | undefined => {
	const found = node.attributes?.find((item) => item.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
};

const phrasing = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'break', 'mdxJsxTextElement']);

/** The blocks of a body, in reading order. */
export function bodyBlocks(root: BodyNode): Block[] {
	const blocks: Block[] = [];
	const visit = (node: BodyNode) => {
		switch (node.type) {
			case 'heading':
				blocks.push({ type: 'heading', depth: node.depth ?? 2, text: inlineText(node) });
				return;
			case 'paragraph': {
				const text = inlineText(node);
				if (text) blocks.push({ type: 'paragraph', text });
				return;
			}
			case 'list':
				blocks.push({ type: 'list', ordered: Boolean(node.ordered), items: (node.children ?? []).map(inlineText) });
				return;
			case 'table':
				blocks.push({ type: 'table', rows: (node.children ?? []).map((row) => (row.children ?? []).map(inlineText)) });
				return;
			case 'mdxJsxFlowElement': {
				const title = attribute(node, 'title') ?? attribute(node, 'caption');
				if (title) blocks.push({ type: 'paragraph', text: title });
				// On one line, a component's children are its text; on several, they are blocks.
				const inline = (node.children ?? []).some((child) => phrasing.has(child.type));
				if (inline) blocks.push({ type: 'paragraph', text: inlineText(node) });
				else for (const child of node.children ?? []) visit(child);
				return;
			}
			case 'root':
			case 'blockquote':
				for (const child of node.children ?? []) visit(child);
				return;
			default:
			// yaml (frontmatter), ESM, thematic breaks and raw HTML have nothing to print.
		}
	};
	visit(root);
	return blocks;
}

/** Everything a release's PDF shows, in its language (src/integrations/press-pdf.ts draws it). */
export interface ReleasePdfInput {
	locale: Locale;
	/** The BCP 47 tag written as the document's language. */
	lang: string;
	title: string;
	/** The release date, as the document's creation date (fixed, so builds give the same bytes). */
	date: Date;
	/** Label and value: the date and the issuer, as the page shows them. */
	facts: { label: string; value: string }[];
	blocks: Block[];
	contact: { heading: string; lines: string[] };
	/** The release page's absolute URL, printed and encoded in the QR code. */
	url: string;
	siteName: string;
}
