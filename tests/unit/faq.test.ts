/**
 * The FAQ's structured data holds schema.org's FAQPage shape (mainEntity: Question items, each with a
 * name and an acceptedAnswer Answer with text) for the FAQ of every language in content/, and its
 * answers lead to the guides.
 */
import { describe, expect, test } from 'vitest';
import { type FaqItem, faqEntries, faqPageJsonLd } from '../../src/lib/faq.ts';
import { markdownLinkProblems } from '../../src/lib/markdown-text.ts';
import { entries, locales } from '../support/content.ts';
import { faqPageProblems } from '../support/faq-page.ts';

const faqs = entries('faq');

describe('faqPageProblems catches what validators refuse', () => {
	test('a wrong type, a question without a name, an answer without text', () => {
		expect(faqPageProblems({ '@context': 'https://schema.org', '@type': 'WebPage', mainEntity: [] })).toContain('@type is not FAQPage');
		expect(
			faqPageProblems({
				'@context': 'https://schema.org',
				'@type': 'FAQPage',
				mainEntity: [{ '@type': 'Question', acceptedAnswer: { '@type': 'Answer', text: '' } }],
			}),
		).toEqual(['mainEntity[0] has no name', 'mainEntity[0].acceptedAnswer has no text']);
	});
});

describe.each([...locales])('the FAQ in %s', (locale) => {
	const data = faqs[0]?.versions[locale]?.data as { title: string; items: FaqItem[] } | undefined;

	test.runIf(Boolean(data))('gives valid FAQPage structured data, one Question per item, answers as plain text', () => {
		const jsonLd = faqPageJsonLd(data!.items, { url: `https://letsworkintokyo.example/${locale}/faq/`, name: data!.title, locale });
		expect(faqPageProblems(jsonLd)).toEqual([]);
		expect(jsonLd.mainEntity).toHaveLength(data!.items.length);
		for (const question of jsonLd.mainEntity as { acceptedAnswer: { text: string } }[]) expect(question.acceptedAnswer.text).not.toMatch(/\]\(|<a |\*\*/);
	});

	test.runIf(Boolean(data))('answers link only where links may go, and some lead to the guides', () => {
		expect(data!.items.flatMap((item) => markdownLinkProblems(item.answer))).toEqual([]);
		const html = faqEntries(data!.items)
			.map((entry) => entry.html)
			.join('\n');
		expect(html).toContain(`href="/${locale}/guides/`);
	});
});

test('every language asks the Japanese questions, in the same order (ids are the anchors)', () => {
	const ja = (faqs[0].versions.ja!.data.items as FaqItem[]).map((item) => item.id);
	for (const locale of locales) {
		const ids = ((faqs[0].versions[locale]?.data.items as FaqItem[] | undefined) ?? []).map((item) => item.id);
		expect(
			ids.filter((id) => ja.includes(id)),
			locale,
		).toEqual(ids);
		expect(
			ja.filter((id) => ids.includes(id)),
			locale,
		).toEqual(ids);
	}
});
