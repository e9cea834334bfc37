/** What a list shows of an entry: link, title, summary, a short line of facts, its state and badges. */
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedEntry } from './entries.ts';
import { exampleNotice } from './examples.ts';
import { countryName, formatDate, formatEventTime } from './format.ts';
import { type DatedStatus, eventStatus, programmeStatus, statusLabel } from './status.ts';
import { entryPath, type PageCollection } from './urls.ts';

export interface CardSummary {
	href: string;
	title: string;
	description: string;
	/** The line above the title: audience, date, country and industry. */
	meta?: string;
	/** "Example" on a made-up story or company. */
	badge?: string;
	/** A programme's or event's state on the build's day. */
	status?: { status: DatedStatus['status']; label: string };
}

const withStatus = (status: DatedStatus | undefined, locale: Locale) =>
	status && { status: status.status, label: statusLabel(status, locale, useTranslations(locale)) };

export function cardSummary(item: LocalizedEntry<PageCollection>, locale: Locale, today: Date): CardSummary {
	const t = useTranslations(locale);
	const entry = item.value;
	const summary = { href: entryPath(entry.collection, locale, item.key), title: entry.data.title, description: entry.data.description };
	switch (entry.collection) {
		case 'programmes':
			return { ...summary, meta: t(`audience.${entry.data.audience}`), status: withStatus(programmeStatus(entry.data, today), locale) };
		case 'events':
			return { ...summary, meta: formatEventTime(entry.data.start, entry.data.end, locale), status: withStatus(eventStatus(entry.data, today), locale) };
		case 'press':
			return { ...summary, meta: formatDate(entry.data.date, locale) };
		case 'stories':
			return {
				...summary,
				meta: `${countryName(entry.data.country, locale)} · ${t(`industry.${entry.data.industry}`)}`,
				badge: entry.data.example ? exampleNotice('stories', locale).badge : undefined,
			};
		case 'companies':
			return {
				...summary,
				meta: `${t(`industry.${entry.data.industry}`)} · ${entry.data.location}`,
				badge: entry.data.example ? exampleNotice('companies', locale).badge : undefined,
			};
		case 'guides':
			return { ...summary, meta: t(`guideTopic.${entry.data.topic}`) };
		default:
			return summary;
	}
}
