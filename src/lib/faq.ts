/** The FAQ: one entry per locale whose questions are in frontmatter; their HTML and schema.org FAQPage. */
import { type Locale, localeInfo } from '../i18n/locales.ts';
import { markdownToHtml, markdownToPlainText } from './markdown-text.ts';
import type { JsonLd } from './structured-data.ts';

/** The FAQ's key: content/faq/<locale>/faq.mdx, shown at /<locale>/faq/. */
export const FAQ_KEY = 'faq';

export interface FaqItem {
	id: string;
	question: string;
	/** Markdown: paragraphs, lists, links, bold. */
	answer: string;
}

/** A question as the page shows it: its anchor, the question, the answer as HTML. */
export function faqEntries(items: readonly FaqItem[]): { id: string; question: string; html: string }[] {
	return items.map((item) => ({ id: item.id, question: item.question, html: markdownToHtml(item.answer) }));
}

/**
 * schema.org FAQPage (what search engines read as questions and answers): every question with its
 * answer as plain text — the same words the page shows, links by their text.
 */
export function faqPageJsonLd(items: readonly FaqItem[], page: { url: string; name: string; locale: Locale }): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		name: page.name,
		url: page.url,
		inLanguage: localeInfo[page.locale].tag,
		mainEntity: items.map((item) => ({
			'@type': 'Question',
			name: item.question,
			acceptedAnswer: { '@type': 'Answer', text: markdownToPlainText(item.answer) },
		})),
	};
}
