/**
 * Short Markdown kept in frontmatter (a FAQ answer, a page's notice): paragraphs, bulleted and
 * numbered lists, links, bold and italic — what the CMS's toolbar for these fields offers. Anything
 * else is shown as the text it is, escaped, so a frontmatter string can never add markup or script.
 * Pure and dependency-free: the pages, the JSON-LD and the CMS previews share it.
 */
import { unsafeUrlReason } from './editor-components.ts';

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown's backslash escapes: \* \_ \[ … stand for the character itself. */
const unescapeMarkdown = (value: string) => value.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

interface Inline {
	kind: 'text' | 'link' | 'strong' | 'em';
	text: string;
	url?: string;
}

const inlinePattern =
	/\[((?:\\.|[^\]\\])+)\]\(\s*<?([^)\s>]+)>?\s*\)|\*\*((?:\\.|[^*\\])+)\*\*|__((?:\\.|[^_\\])+)__|\*((?:\\.|[^*\\])+)\*|(?<![\p{L}\p{N}])_((?:\\.|[^_\\])+)_(?![\p{L}\p{N}])/gu;

/** The spans of one paragraph or list item: text, links, bold and italic (not nested). */
function inlines(source: string): Inline[] {
	const spans: Inline[] = [];
	let last = 0;
	for (const match of source.matchAll(inlinePattern)) {
		if (match.index > last) spans.push({ kind: 'text', text: source.slice(last, match.index) });
		const [, linkText, url, strong, strongUnderscore, em, emUnderscore] = match;
		if (linkText !== undefined) spans.push({ kind: 'link', text: linkText, url });
		else if ((strong ?? strongUnderscore) !== undefined) spans.push({ kind: 'strong', text: strong ?? strongUnderscore });
		else spans.push({ kind: 'em', text: em ?? emUnderscore });
		last = match.index + match[0].length;
	}
	if (last < source.length) spans.push({ kind: 'text', text: source.slice(last) });
	return spans;
}

type Block = { kind: 'p'; text: string } | { kind: 'ul' | 'ol'; items: string[] };

const bullet = /^\s{0,3}[-*+]\s+/;
const numbered = /^\s{0,3}\d{1,9}[.)]\s+/;

/** Paragraphs (separated by blank lines) and lists (lines starting with "- " or "1. "). */
function blocks(markdown: string): Block[] {
	const result: Block[] = [];
	for (const chunk of markdown
		.replace(/\r\n?/g, '\n')
		.trim()
		.split(/\n\s*\n/)) {
		const lines = chunk.split('\n');
		let paragraph: string[] = [];
		const flush = () => {
			if (paragraph.length > 0) result.push({ kind: 'p', text: paragraph.join('\n').trim() });
			paragraph = [];
		};
		for (const line of lines) {
			const kind = bullet.test(line) ? 'ul' : numbered.test(line) ? 'ol' : undefined;
			if (kind) {
				flush();
				const list = result.at(-1);
				const item = line.replace(kind === 'ul' ? bullet : numbered, '');
				if (list?.kind === kind) list.items.push(item);
				else result.push({ kind, items: [item] });
				continue;
			}
			const previous = result.at(-1);
			if (previous && previous.kind !== 'p' && paragraph.length === 0 && /^\s+\S/.test(line)) {
				// A continuation line of the last list item.
				previous.items[previous.items.length - 1] += `\n${line.trim()}`;
			} else {
				paragraph.push(line);
			}
		}
		flush();
	}
	return result.filter((block) => block.kind !== 'p' || block.text !== '');
}

/** Every link of a Markdown text that may not be used (a scheme other than http, https, mailto, tel). */
export function markdownLinkProblems(markdown: string): string[] {
	const problems: string[] = [];
	for (const block of blocks(markdown)) {
		for (const text of block.kind === 'p' ? [block.text] : block.items) {
			for (const span of inlines(text)) {
				const reason = span.url === undefined ? undefined : unsafeUrlReason(unescapeMarkdown(span.url));
				if (reason) problems.push(`the link "${span.url}": ${reason}`);
			}
		}
	}
	return problems;
}

/** Options for the HTML: site paths (/en/…) made absolute, e.g. for JSON-LD. */
export interface MarkdownHtmlOptions {
	/** Resolves a link's address; default: as written. */
	href?: (url: string) => string;
}

function inlineHtml(text: string, options: MarkdownHtmlOptions): string {
	return inlines(text)
		.map((span) => {
			const content = escapeHtml(unescapeMarkdown(span.text));
			switch (span.kind) {
				case 'link': {
					const url = unescapeMarkdown(span.url ?? '');
					// Unsafe schemes are refused when content loads; here they are shown as text, never linked.
					if (unsafeUrlReason(url)) return content;
					return `<a href="${escapeHtml(options.href ? options.href(url) : url)}">${content}</a>`;
				}
				case 'strong':
					return `<strong>${content}</strong>`;
				case 'em':
					return `<em>${content}</em>`;
				default:
					return content;
			}
		})
		.join('');
}

/** The text as HTML: <p>, <ul>/<ol> with <li>, <a href>, <strong>, <em>; everything else escaped. */
export function markdownToHtml(markdown: string, options: MarkdownHtmlOptions = {}): string {
	return blocks(markdown)
		.map((block) =>
			block.kind === 'p'
				? `<p>${inlineHtml(block.text, options)}</p>`
				: `<${block.kind}>${block.items.map((item) => `<li>${inlineHtml(item, options)}</li>`).join('')}</${block.kind}>`,
		)
		.join('\n');
}

/** The text without markup: link texts kept, addresses dropped; paragraphs and items on lines of their own. */
export function markdownToPlainText(markdown: string): string {
	const plain = (text: string) =>
		inlines(text)
			.map((span) => unescapeMarkdown(span.text))
			.join('')
			.replace(/\s*\n\s*/g, ' ');
	return blocks(markdown)
		.map((block) => (block.kind === 'p' ? plain(block.text) : block.items.map((item) => `• ${plain(item)}`).join('\n')))
		.join('\n\n');
}
