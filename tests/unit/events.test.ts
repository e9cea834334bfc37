import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { eventFacts, eventIcs, homeEvents, splitByTime, venueLine } from '../../src/lib/events.ts';

const at = (iso: string) => new Date(iso);
const event = (key: string, start: string, end: string) => ({ key, value: { data: { start: at(start), end: at(end) } } });

describe('splitByTime', () => {
	const first = event('first', '2022-07-13T13:00:00+09:00', '2022-07-13T14:30:00+09:00');
	const second = event('second', '2022-07-21T13:00:00+09:00', '2022-07-21T14:30:00+09:00');

	test('upcoming soonest first, past latest first', () => {
		const { upcoming, past } = splitByTime([second, first], at('2022-07-01T00:00:00Z'));
		expect(upcoming.map((item) => item.key)).toEqual(['first', 'second']);
		expect(past).toEqual([]);
		const after = splitByTime([first, second], at('2023-01-01T00:00:00Z'));
		expect(after.past.map((item) => item.key)).toEqual(['second', 'first']);
		expect(after.upcoming).toEqual([]);
	});

	test('an event still running counts as upcoming', () => {
		const { upcoming, past } = splitByTime([first, second], at('2022-07-13T14:00:00+09:00'));
		expect(upcoming.map((item) => item.key)).toEqual(['first', 'second']);
		expect(past).toEqual([]);
	});

	test('an event that has ended is past', () => {
		const { upcoming, past } = splitByTime([first, second], at('2022-07-13T14:31:00+09:00'));
		expect(upcoming.map((item) => item.key)).toEqual(['second']);
		expect(past.map((item) => item.key)).toEqual(['first']);
	});
});

describe('venueLine', () => {
	const venue = { name: 'JOB HUB SQUARE 10階', address: '東京都千代田区大手町2-6-2' };

	test('uses full-width brackets in Japanese and Chinese', () => {
		expect(venueLine(venue, 'ja')).toBe('JOB HUB SQUARE 10階（東京都千代田区大手町2-6-2）');
		expect(venueLine(venue, 'zh')).toBe('JOB HUB SQUARE 10階（東京都千代田区大手町2-6-2）');
	});

	test('uses ASCII brackets with a space in English and Korean', () => {
		const en = { name: 'JOB HUB SQUARE 10th floor', address: '2-6-2 Otemachi, Chiyoda-ku, Tokyo' };
		expect(venueLine(en, 'en')).toBe('JOB HUB SQUARE 10th floor (2-6-2 Otemachi, Chiyoda-ku, Tokyo)');
		expect(venueLine(en, 'ko')).toBe('JOB HUB SQUARE 10th floor (2-6-2 Otemachi, Chiyoda-ku, Tokyo)');
	});
});

describe('eventIcs', () => {
	const data = {
		key: 'briefing-2022-07-13',
		title: 'Briefing',
		description: 'For companies',
		start: at('2022-07-13T13:00:00+09:00'),
		end: at('2022-07-13T14:30:00+09:00'),
		venue: { name: 'JOB HUB SQUARE 10th floor', address: '2-6-2 Otemachi, Chiyoda-ku' },
		online: true,
		onlineNote: 'Zoom available',
	};
	const url = 'https://letsworkintokyo.example/en/events/briefing-2022-07-13/';
	const ics = eventIcs(data as never, 'en', 'briefing-2022-07-13', url, 'letsworkintokyo.example', at('2022-07-01T00:00:00Z')).replace(/\r\n[ \t]/g, '');

	test('is stable per event: UID from key and host, stamp as given', () => {
		expect(ics).toContain('UID:briefing-2022-07-13@letsworkintokyo.example\r\n');
		expect(ics).toContain('DTSTAMP:20220701T000000Z\r\n');
	});

	test('has the event in UTC, the venue and the page URL', () => {
		expect(ics).toContain('DTSTART:20220713T040000Z\r\n');
		expect(ics).toContain('DTEND:20220713T053000Z\r\n');
		expect(ics).toContain('LOCATION:JOB HUB SQUARE 10th floor (2-6-2 Otemachi\\, Chiyoda-ku)\r\n');
		expect(ics).toContain(`URL:${url}\r\n`);
	});

	test('describes the event, the online option and the page', () => {
		expect(ics).toContain('DESCRIPTION:For companies\\n\\nZoom available\\n\\nhttps://letsworkintokyo.example/en/events/briefing-2022-07-13/\r\n');
	});
});

describe('homeEvents', () => {
	const first = event('first', '2022-07-13T13:00:00+09:00', '2022-07-13T14:30:00+09:00');
	const second = event('second', '2022-07-21T13:00:00+09:00', '2022-07-21T14:30:00+09:00');
	const third = event('third', '2022-08-01T13:00:00+09:00', '2022-08-01T14:30:00+09:00');

	test('shows the events not yet over, soonest first, and no past ones', () => {
		const home = homeEvents([third, first, second], at('2022-07-14T00:00:00Z'));
		expect(home.upcoming.map((item) => item.key)).toEqual(['second', 'third']);
		expect(home.past).toEqual([]);
		expect(home.noneUpcoming).toBe(false);
	});

	test('with none upcoming, says so and shows the two latest past ones (under their own heading)', () => {
		const home = homeEvents([first, third, second], at('2023-01-01T00:00:00Z'));
		expect(home.upcoming).toEqual([]);
		expect(home.past.map((item) => item.key)).toEqual(['third', 'second']);
		expect(home.noneUpcoming).toBe(true);
	});

	test('with no events at all, shows none', () => {
		expect(homeEvents([], at('2023-01-01T00:00:00Z'))).toEqual({ upcoming: [], past: [], noneUpcoming: true });
	});
});

describe('eventFacts', () => {
	const data = {
		start: at('2022-07-13T13:00:00+09:00'),
		end: at('2022-07-13T14:30:00+09:00'),
		venue: { name: 'JOB HUB SQUARE 10階', address: '東京都千代田区大手町2-6-2' },
		online: false,
	};

	test('when, in Tokyo time and saying so, and where', () => {
		expect(eventFacts(data, 'ja', useTranslations('ja'))).toEqual([
			{ label: '日時', value: '2022年7月13日(水) 13:00～14:30 (日本時間)' },
			{ label: '会場', value: 'JOB HUB SQUARE 10階（東京都千代田区大手町2-6-2）', lang: undefined },
		]);
	});

	test('online participation: the entry’s note, else a plain yes', () => {
		const en = useTranslations('en');
		expect(eventFacts({ ...data, online: true, onlineNote: 'Zoom link by email' }, 'en', en)[2]).toEqual({
			label: 'Online participation',
			value: 'Zoom link by email',
			lang: undefined,
		});
		expect(eventFacts({ ...data, online: true }, 'en', en)[2]).toEqual({ label: 'Online participation', value: 'Available' });
		expect(eventFacts({ ...data, onlineNote: 'ignored when not online' }, 'en', en)).toHaveLength(2);
	});

	test('a borrowed event: the venue in its own language’s brackets, marked with it', () => {
		const facts = eventFacts({ ...data, online: true, onlineNote: 'Zoom' }, 'ko', useTranslations('ko'), 'ja');
		expect(facts[1]).toMatchObject({ value: 'JOB HUB SQUARE 10階（東京都千代田区大手町2-6-2）', lang: 'ja' });
		expect(facts[2]).toMatchObject({ value: 'Zoom', lang: 'ja' });
		expect(facts[0].lang).toBeUndefined();
	});
});
