/** The .ics file of every event in every locale parses as iCalendar and holds the seed's times. */
import { describe, expect, test } from 'vitest';
import { eventIsOver } from '../../src/lib/status.ts';
import { siteToday } from '../../src/lib/today.ts';
import { entries, entryUrl, locales, shownLocale } from '../support/content.ts';
import { page, readDist } from '../support/dist.ts';
import { attr } from '../support/html.ts';

/** Unfolded content lines → property name → value (first occurrence). */
function parseIcs(text: string) {
	const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
	const properties = new Map<string, string>();
	for (const line of lines) {
		const colon = line.indexOf(':');
		if (colon > 0 && !properties.has(line.slice(0, colon))) properties.set(line.slice(0, colon), line.slice(colon + 1));
	}
	return { lines, properties };
}
const unescape = (value: string) => value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

const files = entries('events').flatMap((entry) => locales.map((locale) => ({ entry, locale, url: `/${locale}/events/${entry.key}.ics` })));

describe('event calendar files', () => {
	test.each(files.map((file) => [file.url, file] as const))('%s is a valid VCALENDAR', (_, { url }) => {
		const text = readDist(url);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
		const { lines, properties } = parseIcs(text);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR');
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(properties.get('VERSION')).toBe('2.0');
		for (const name of ['PRODID', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(properties.has(name), name).toBe(true);
		expect(properties.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
	});

	test.each(files.map((file) => [file.url, file] as const))(
		'%s is 13:00–14:30 Tokyo time (04:00–05:30 UTC), with the title and venue shown',
		(_, { entry, locale, url }) => {
			const { properties } = parseIcs(readDist(url));
			expect(properties.get('DTSTART')).toMatch(/^202207(13|21)T040000Z$/);
			expect(properties.get('DTEND')).toBe(properties.get('DTSTART')!.replace('T040000Z', 'T053000Z'));
			const shown = entry.versions[shownLocale(entry, locale)]!.data;
			expect(unescape(properties.get('SUMMARY')!)).toBe(String(shown.title).trim());
			expect(unescape(properties.get('LOCATION') ?? '')).toContain((shown.venue as { name: string }).name);
			expect(properties.get('URL')).toMatch(new RegExp(`/${locale}/events/${entry.key}/$`));
		},
	);

	test('the two explanatory meetings are on 13 and 21 July 2022', () => {
		const starts = new Set(files.map(({ url }) => parseIcs(readDist(url)).properties.get('DTSTART')));
		expect([...starts].sort()).toEqual(['20220713T040000Z', '20220721T040000Z']);
	});

	test('UIDs are stable per event: the same in every language, different between events', () => {
		const uids = new Map<string, Set<string>>();
		for (const { entry, url } of files) {
			const set = uids.get(entry.key) ?? new Set();
			set.add(parseIcs(readDist(url)).properties.get('UID')!);
			uids.set(entry.key, set);
		}
		for (const set of uids.values()) expect(set.size).toBe(1);
		expect(new Set([...uids.values()].map((set) => [...set][0])).size).toBe(uids.size);
	});

	test.each(files.map((file) => [file.url, file] as const))('%s is linked from its event page until the event is over', (_, { entry, locale, url }) => {
		const link = page(entryUrl('events', locale, entry.key)).one(`a[href="${url}"]`);
		// The build's day: today in Tokyo, or yesterday for a build just before midnight.
		const raw = entry.versions.ja!.data.end;
		const end = raw instanceof Date ? raw : new Date(String(raw));
		const days = [siteToday(), new Date(siteToday().getTime() - 86_400_000)];
		if (days.every((day) => eventIsOver({ end }, day))) {
			expect(link, 'a past event offers no “add to calendar”').toBeUndefined();
			return;
		}
		expect(link).toBeDefined();
		expect(attr(link!, 'download')).toBeDefined();
	});
});
