/** Consultation desks: grouped by country in the reader's language, local hours, the reader's country first. */
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { type Desk, deskGroups, formatDays, isTimeZone, readerCountry, readerCountryScript, timeZoneName, translatedValue } from '../../src/lib/desks.ts';

const desk = (id: string, country: string, city: string, extra: Partial<Desk> = {}): Desk =>
	({
		id,
		country,
		city: { ja: city, en: city },
		organisation: { ja: `${city}事務所`, en: `${city} office` },
		languages: ['en', 'ja'],
		channels: { email: `${id}@example.org` },
		hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }],
		timeZone: 'Asia/Jakarta',
		...extra,
	}) as Desk;

describe('deskGroups', () => {
	const list = [
		desk('vn-hanoi', 'vn', 'Hanoi'),
		desk('id-jakarta', 'id', 'Jakarta'),
		desk('in-bengaluru', 'in', 'Bengaluru'),
		desk('id-surabaya', 'id', 'Surabaya'),
	];

	test('groups by country, countries sorted by their name in the reader’s language', () => {
		expect(deskGroups(list, 'en', useTranslations('en')).map((group) => group.name)).toEqual(['India', 'Indonesia', 'Vietnam']);
		expect(deskGroups(list, 'ja', useTranslations('ja')).map((group) => group.country)).toEqual(['in', 'id', 'vn']);
		expect(deskGroups(list, 'en', useTranslations('en'))[1].desks.map((view) => view.id)).toEqual(['id-jakarta', 'id-surabaya']);
	});

	test('states languages, channels as links, local hours and the time zone', () => {
		const [view] = deskGroups(
			[desk('id-jakarta', 'id', 'Jakarta', { channels: { email: 'a@example.org', phone: '+62 21 1234 5678', bookingUrl: 'https://book.example.org/' } })],
			'en',
			useTranslations('en'),
		)[0].desks;
		expect(view.languages).toBe('English and Japanese');
		expect(view.channels.map((channel) => channel.href)).toEqual(['mailto:a@example.org', 'tel:+622112345678', 'https://book.example.org/']);
		expect(view.hours).toEqual([`Mon–Fri ${useTranslations('en')('date.range', { start: '09:00', end: '17:00' })}`]);
		expect(view.timeZone).toBe('Western Indonesia Time (Asia/Jakarta)');
	});

	test('a language without its own city or organisation falls back along its chain, marked with its lang', () => {
		expect(translatedValue({ ja: 'ジャカルタ', en: 'Jakarta' }, 'zh')).toEqual({ value: 'Jakarta', lang: 'en' });
		expect(translatedValue({ ja: 'ジャカルタ' }, 'ko')).toEqual({ value: 'ジャカルタ', lang: 'ja' });
		expect(translatedValue({ ja: 'ジャカルタ', zh: '雅加达' }, 'zh')).toEqual({ value: '雅加达', lang: undefined });
	});
});

describe('days and time zones', () => {
	test('runs of three or more days become a range; others a list', () => {
		expect(formatDays(['sat', 'mon', 'tue', 'wed'], 'en')).toBe('Mon–Wed and Sat');
		expect(formatDays(['mon', 'wed'], 'ja')).toMatch(/月.*水/);
	});

	test('time zones are named in the reader’s language; unknown ones are refused', () => {
		expect(timeZoneName('Asia/Jakarta', 'ja')).toBe('インドネシア西部時間');
		expect(isTimeZone('Asia/Jakarta')).toBe(true);
		expect(isTimeZone('Asia/Atlantis')).toBe(false);
	});
});

describe('the reader’s country first', () => {
	test('reads the region of the browser’s language tags, when it has desks', () => {
		expect(readerCountry(['id-ID', 'en'], ['in', 'id'])).toBe('id');
		expect(readerCountry(['en-US', 'zh-Hans-CN'], ['cn', 'vn'])).toBe('cn');
		expect(readerCountry(['en', 'ja'], ['in'])).toBeUndefined();
		expect(readerCountry(['fr-FR'], ['in'])).toBeUndefined();
	});

	test('the script is self-contained and under 1 KB', () => {
		const script = readerCountryScript(['in', 'id', 'vn', 'th', 'ph', 'my', 'mn', 'np', 'bd', 'lk']);
		expect(Buffer.byteLength(script)).toBeLessThan(1024);
		// Runs on its own: a page with two groups, the reader in Indonesia.
		const groups = [{ id: 'desks-in' }, { id: 'desks-id' }].map((group) => ({ ...group, dataset: {} as Record<string, string> }));
		const parent = {
			get firstElementChild() {
				return groups[0];
			},
			prepend: (group: (typeof groups)[number]) => groups.splice(0, 0, ...groups.splice(groups.indexOf(group), 1)),
		};
		for (const group of groups) Object.assign(group, { parentNode: parent });
		new Function('navigator', 'document', script)(
			{ languages: ['id-ID'] },
			{ getElementById: (id: string) => groups.find((group) => group.id === id) ?? null },
		);
		expect(groups.map((group) => group.id)).toEqual(['desks-id', 'desks-in']);
		expect(groups[0].dataset.reader).toBe('');
	});
});
