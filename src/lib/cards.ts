/** What a list shows of an entry: link, title, summary and a short line of facts. */
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedEntry } from './entries.ts';
import { countryName, formatDate, formatEventTime } from './format.ts';
import { entryPath, type PageCollection } from './urls.ts';

export interface CardSummary {
	href: string;
	title: string;
	description: string;
	/** The line above the title: audience, date, country and industry. */
	meta?: string;
	badge?: string;
}

export function cardSummary(item: LocalizedEntry<PageCollection>, locale: Locale): CardSummary {
	const t = useTranslations(locale);
	const entry = item.value;
	const summary = { href: entryPath(entry.collection, locale, item.key), title: entry.data.title, description: entry.data.description };
	switch (entry.collection) {
		case 'programmes':
			return { ...summary, meta: t(`audience.${entry.data.audience}`) };
		case 'events':
			return { ...summary, meta: formatEventTime(entry.data.start, entry.data.end, locale) };
		case 'press':
			return { ...summary, meta: formatDate(entry.data.date, locale) };
		case 'stories':
			return {
				...summary,
				meta: `${countryName(entry.data.country, locale)} · ${t(`industry.${entry.data.industry}`)}`,
				badge: entry.data.example ? t('story.exampleBadge') : undefined,
			};
		default:
			return summary;
	}
}
