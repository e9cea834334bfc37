/** The search page's messages: plural forms chosen by Intl.PluralRules, filled in the browser. */

/** A plural message: forms by Intl.PluralRules category, `other` always present. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface SearchStrings {
	count: PluralMessage;
	countFor: PluralMessage;
	none: string;
	/** Some words matched nothing: {{missing}} and {{shown}}. */
	missing: string;
	noneFiltered: string;
	loading: string;
	error: string;
	types: Record<string, string>;
	/** The badge of a result in another language, by that language's locale. */
	otherLanguage: Record<string, string>;
}

/** A plural message for `count`, with {{count}} and {{query}} filled in. */
export function formatMessage(message: PluralMessage, lang: string, count: number, query = ''): string {
	const category = new Intl.PluralRules(lang).select(count);
	const template = message[category] ?? message.other;
	return template.replaceAll('{{count}}', new Intl.NumberFormat(lang).format(count)).replaceAll('{{query}}', query);
}

/** The note for words that matched nothing, before the count: which were left out, which searched. */
export function missingMessage(template: string, missing: string[], shown: string[]): string {
	return template.replaceAll('{{missing}}', missing.join(' ')).replaceAll('{{shown}}', shown.join(' '));
}
