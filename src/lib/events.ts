/** Event helpers shared by the event pages, the home page and the .ics files. */
import type { CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { buildIcs } from './ics.ts';

type Event = CollectionEntry<'events'>['data'];

/** Events not yet over, soonest first; and those over, latest first. */
export function splitByTime<T extends { value: { data: Pick<Event, 'start' | 'end'> } }>(events: T[], now: Date) {
	const upcoming = events.filter((event) => event.value.data.end >= now).sort((a, b) => +a.value.data.start - +b.value.data.start);
	const past = events.filter((event) => event.value.data.end < now).sort((a, b) => +b.value.data.start - +a.value.data.start);
	return { upcoming, past };
}

/** "JOB HUB SQUARE 10階（東京都千代田区…）": brackets as the language writes them (UI string `event.venue`). */
export function venueLine(venue: Event['venue'], locale: Locale): string {
	return useTranslations(locale)('event.venue', { name: venue.name, address: venue.address });
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
