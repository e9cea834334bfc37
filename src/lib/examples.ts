/**
 * Made-up examples (stories and companies marked `example: true`) are said to be examples wherever
 * they appear: on the page, on cards, in the title and description metadata, Open Graph, the search
 * index and feeds. Each of those takes its words from here.
 */
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

/** Whether an entry's data marks it as a made-up example. */
export function isExample(data: object): boolean {
	return 'example' in data && data.example === true;
}

/** A title or description as metadata shows it: "Example: …" for an example, else as it is. */
export function exampleLabelled(text: string, example: boolean, locale: Locale): string {
	return example ? useTranslations(locale)('example.labelled', { text }) : text;
}

/** The card badge and page notice of an example, by collection. */
export function exampleNotice(collection: 'stories' | 'companies', locale: Locale): { badge: string; notice: string } {
	const t = useTranslations(locale);
	return { badge: t('example.badge'), notice: t(collection === 'stories' ? 'story.example' : 'company.example') };
}
