/** iCalendar files (RFC 5545): escaping, folding at 75 octets, UTC times, CRLF. */
import { describe, expect, test } from 'vitest';
import { buildIcs, escapeText, foldLine, icsDateTime } from '../../src/lib/ics.ts';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
/** RFC 5545 §3.1: remove CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('icsDateTime', () => {
	test('writes UTC in the basic format: 13:00 Tokyo → 04:00Z', () => {
		expect(icsDateTime(new Date('2022-07-13T13:00:00+09:00'))).toBe('20220713T040000Z');
		expect(icsDateTime(new Date('2022-07-21T14:30:00+09:00'))).toBe('20220721T053000Z');
	});

	test('drops milliseconds', () => {
		expect(icsDateTime(new Date('2022-01-02T03:04:05.678Z'))).toBe('20220102T030405Z');
	});
});

describe('escapeText', () => {
	test('escapes backslash, semicolon, comma and newline', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	test('turns CRLF into one \\n', () => {
		expect(escapeText('line 1\r\nline 2')).toBe('line 1\\nline 2');
	});

	test('escapes the backslash first, so escapes are not doubled', () => {
		expect(escapeText(';')).toBe('\\;');
		expect(escapeText('\\;')).toBe('\\\\\\;');
	});

	test('leaves colons and non-ASCII text alone', () => {
		expect(escapeText('JOB HUB SQUARE 10階: 東京都千代田区')).toBe('JOB HUB SQUARE 10階: 東京都千代田区');
	});
});

describe('foldLine', () => {
	test('leaves lines of 75 octets or fewer alone', () => {
		const line = `SUMMARY:${'a'.repeat(67)}`;
		expect(octets(line)).toBe(75);
		expect(foldLine(line)).toBe(line);
	});

	test('folds longer lines into lines of at most 75 octets, continuations starting with a space', () => {
		const line = `DESCRIPTION:${'x'.repeat(300)}`;
		const folded = foldLine(line);
		const lines = folded.split('\r\n');
		expect(lines.length).toBeGreaterThan(1);
		for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75);
		for (const part of lines.slice(1)) expect(part.startsWith(' ')).toBe(true);
		expect(unfold(folded)).toBe(line);
	});

	test('never splits a multibyte character (3-octet kanji, 4-octet emoji)', () => {
		const line = `LOCATION:${'東京都千代田区大手町'.repeat(12)}😀${'한국어'.repeat(10)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) {
			expect(octets(part)).toBeLessThanOrEqual(75);
			expect(part).not.toMatch(/\uFFFD/);
			// Each part must be valid UTF-8 on its own: re-encoding round-trips.
			expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
		}
		expect(unfold(folded)).toBe(line);
	});

	test('fills lines as far as a whole character allows', () => {
		// 8 ASCII octets + 22 kanji × 3 = 74: the 23rd kanji would make 77.
		const folded = foldLine(`SUMMARY:${'東'.repeat(40)}`).split('\r\n');
		expect(octets(folded[0])).toBe(74);
	});
});

describe('buildIcs', () => {
	const event = {
		uid: 'briefing-2022-07-13@letsworkintokyo.example',
		title: 'Briefing, for companies; Tokyo',
		description: 'First line\nSecond line, with a comma',
		start: new Date('2022-07-13T13:00:00+09:00'),
		end: new Date('2022-07-13T14:30:00+09:00'),
		location: 'JOB HUB SQUARE 10階（東京都千代田区大手町2-6-2）',
		url: 'https://letsworkintokyo.example/en/events/briefing-2022-07-13/',
		stamp: new Date('2022-07-01T00:00:00Z'),
	};
	const ics = buildIcs(event);

	test('ends every line with CRLF, including the last', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	test('is one VCALENDAR with one VEVENT', () => {
		const lines = unfold(ics).split('\r\n').filter(Boolean);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-1)).toBe('END:VCALENDAR');
		expect(lines).toContain('VERSION:2.0');
		expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
	});

	test('gives start, end and stamp in UTC', () => {
		const lines = unfold(ics).split('\r\n');
		expect(lines).toContain('DTSTART:20220713T040000Z');
		expect(lines).toContain('DTEND:20220713T053000Z');
		expect(lines).toContain('DTSTAMP:20220701T000000Z');
		expect(lines).toContain(`UID:${event.uid}`);
	});

	test('escapes text values', () => {
		const lines = unfold(ics).split('\r\n');
		expect(lines).toContain('SUMMARY:Briefing\\, for companies\\; Tokyo');
		expect(lines).toContain('DESCRIPTION:First line\\nSecond line\\, with a comma');
		expect(lines).toContain(`URL:${event.url}`);
	});

	test('folds long lines, so no physical line is longer than 75 octets', () => {
		const long = buildIcs({ ...event, description: '東京都は、高度な専門性や技術力を持つ海外在住の人材を都内中小企業とつなぎます。'.repeat(4) });
		for (const line of long.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(unfold(long)).toContain('DESCRIPTION:東京都は、');
	});
});
