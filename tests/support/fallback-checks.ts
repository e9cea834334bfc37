/** What DESIGN.md asks of a page that shows another locale's content, as a list of problems. */
import { htmlLang, type Locale } from './content.ts';
import type { Page } from './dist.ts';
import { langOf, textOf } from './html.ts';
import { mislabelledText } from './text-language.ts';

/** A language's name in a reader's language (Intl, not the site's code). */
export const languageName = (language: Locale, reader: Locale) => new Intl.DisplayNames([htmlLang[reader]], { type: 'language' }).of(htmlLang[language])!;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface FallbackExpectation {
	locale: Locale;
	shown: Locale;
	/** Absolute URL of the page in the shown locale. */
	canonical: string;
	title: string;
	description: string;
}

export function fallbackPageProblems(current: Page, expected: FallbackExpectation): string[] {
	const problems: string[] = [];
	const { locale, shown } = expected;
	if (current.lang !== htmlLang[locale]) problems.push(`<html lang="${current.lang}">, expected ${htmlLang[locale]}`);
	if (!current.robots?.includes('noindex')) problems.push('not noindex');
	if (current.canonical !== expected.canonical) problems.push(`canonical ${current.canonical}, expected ${expected.canonical}`);
	if (current.alternates.size > 0) problems.push(`hreflang alternates: ${[...current.alternates.keys()].join(' ')}`);
	const notice = current.one('.notice--fallback');
	if (!notice) problems.push('no .notice--fallback');
	else {
		if (langOf(notice) !== htmlLang[locale]) problems.push(`notice is lang=${langOf(notice)}`);
		if (!textOf(notice).includes(languageName(shown, locale))) problems.push(`notice does not name ${languageName(shown, locale)}: “${textOf(notice)}”`);
	}
	const heading = current.one('h1');
	if (!heading || textOf(heading) !== collapse(expected.title)) problems.push(`h1 “${heading && textOf(heading)}”, expected “${expected.title}”`);
	else if (langOf(heading) !== htmlLang[shown]) problems.push(`h1 is lang=${langOf(heading)}, expected ${htmlLang[shown]}`);
	const lead = current.all('p').find((element) => textOf(element) === collapse(expected.description));
	if (!lead) problems.push('the description is not shown');
	else if (langOf(lead) !== htmlLang[shown]) problems.push(`description is lang=${langOf(lead)}`);
	for (const problem of mislabelledText(current.main ?? current.document)) problems.push(problem);
	return problems;
}
