/** Event helpers shared by the event pages, the home page and the .ics files. */
import type { CollectionEntry } from 'astro:content';
import { type Translate, useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Fact } from './entry-facts.ts';
import { contentLang } from './fallback.ts';
import { formatEventTime } from './format.ts';
import { buildIcs } from './ics.ts';
import { eventIsOver } from './status.ts';

type Event = CollectionEntry<'events'>['data'];

/** Events not yet over, soonest first; and those over, latest first. */
export function splitByTime<T extends { value: { data: Pick<Event, 'start' | 'end'> } }>(events: T[], now: Date) {
	const upcoming = events.filter((event) => !eventIsOver(event.value.data, now)).sort((a, b) => +a.value.data.start - +b.value.data.start);
	const past = events.filter((event) => eventIsOver(event.value.data, now)).sort((a, b) => +b.value.data.start - +a.value.data.start);
	return { upcoming, past };
}

/**
 * What the home page shows: the events not yet over; when there are none, it says so and shows the
 * two latest past ones under their own heading.
 */
export function homeEvents<T extends { value: { data: Pick<Event, 'start' | 'end'> } }>(events: T[], now: Date) {
	const { upcoming, past } = splitByTime(events, now);
	return { upcoming, past: upcoming.length > 0 ? [] : past.slice(0, 2), noneUpcoming: upcoming.length === 0 };
}

/** "JOB HUB SQUARE 10階（東京都千代田区…）": brackets as the language writes them (UI string `event.venue`). */
export function venueLine(venue: Event['venue'], locale: Locale): string {
	return useTranslations(locale)('event.venue', { name: venue.name, address: venue.address });
}

/**
 * When (in Tokyo time, said so), where, and whether one can take part online. The venue and the
 * online note are the entry's text, in `contentLocale`.
 */
export function eventFacts(
	data: Pick<Event, 'start' | 'end' | 'venue' | 'online' | 'onlineNote'>,
	locale: Locale,
	t: Translate,
	contentLocale: Locale = locale,
): Fact[] {
	const lang = contentLang(locale, contentLocale);
	const facts: Fact[] = [
		{ label: t('event.when'), value: `${formatEventTime(data.start, data.end, locale)} (${t('event.tokyoTime')})` },
		{ label: t('event.where'), value: venueLine(data.venue, contentLocale), lang },
	];
	if (data.online) {
		facts.push(data.onlineNote ? { label: t('event.online'), value: data.onlineNote, lang } : { label: t('event.online'), value: t('event.onlineYes') });
	}
	return facts;
}

/** The .ics file of one event in one language. */
export function eventIcs(data: Event, locale: Locale, key: string, url: string, host: string, now = new Date()): string {
	return buildIcs({
		uid: `${key}@${host}`,
		title: data.title,
		description: [data.description, data.onlineNote, url].filter(Boolean).join('\n\n'),
		start: data.start,
		end: data.end,
		location: venueLine(data.venue, locale),
		url,
		stamp: now,
	});
}
