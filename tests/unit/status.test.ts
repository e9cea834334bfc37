/**
 * Status from dates (DESIGN.md, "Dates and status"): each state before, during and after each window,
 * on pinned Tokyo days — for made-up windows, and for every programme and event in content/.
 */
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';
import { formatDate } from '../../src/lib/format.ts';
import { applicationStatus, eventIsOver, eventStatus, periodStatus, programmeStatus, runStatus, statusLabel } from '../../src/lib/status.ts';
import { siteToday, tokyoDay } from '../../src/lib/today.ts';
import { entries } from '../support/content.ts';

/** A Tokyo day, as SITE_TODAY pins it. */
const day = (iso: string) => siteToday({ SITE_TODAY: iso });
const shift = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
/** A YAML day (midnight UTC) as the content layer reads it. */
const yamlDay = (value: unknown) => new Date(value instanceof Date ? value : `${String(value)}T00:00:00Z`);

describe('siteToday: the one place "today" is read', () => {
	test('SITE_TODAY pins the Tokyo day', () => {
		expect(siteToday({ SITE_TODAY: '2023-01-10' }).toISOString()).toBe('2023-01-09T15:00:00.000Z');
	});

	test('without it, the Tokyo day of SOURCE_DATE_EPOCH (a build at 20:00 UTC is already the next day in Tokyo)', () => {
		const epoch = String(Date.UTC(2023, 0, 9, 20, 0) / 1000);
		expect(siteToday({ SOURCE_DATE_EPOCH: epoch }).toISOString()).toBe('2023-01-09T15:00:00.000Z');
	});

	test('refuses a day it cannot read, naming the variable', () => {
		expect(() => siteToday({ SITE_TODAY: '10/01/2023' })).toThrow(/SITE_TODAY/);
		expect(() => tokyoDay('2023-02-30x')).toThrow(/YYYY-MM-DD/);
	});
});

describe('periodStatus (Tokyo days, both ends included)', () => {
	const period = { start: new Date('2023-01-10'), end: new Date('2023-03-10') };
	test.each([
		['2023-01-09', 'upcoming'],
		['2023-01-10', 'current'],
		['2023-03-10', 'current'],
		['2023-03-11', 'ended'],
	] as const)('%s → %s', (today, expected) => {
		expect(periodStatus(period, day(today))).toBe(expected);
	});

	test('the end day lasts until midnight in Tokyo, wherever the build runs', () => {
		expect(periodStatus(period, new Date('2023-03-10T14:59:59Z'))).toBe('current');
		expect(periodStatus(period, new Date('2023-03-10T15:00:00Z'))).toBe('ended');
	});

	test('an open end is current for good', () => {
		expect(periodStatus({ start: new Date('2023-01-10') }, day('2099-01-01'))).toBe('current');
	});
});

describe('programmeStatus', () => {
	const applicationPeriod = { start: new Date('2022-07-01'), end: new Date('2022-08-15') };
	const period = { start: new Date('2023-01-10'), end: new Date('2023-03-10') };

	test.each([
		['2022-06-30', 'upcoming', 'application', '2022-07-01'],
		['2022-07-01', 'open', 'application', '2022-08-15'],
		['2022-08-15', 'open', 'application', '2022-08-15'],
		['2022-08-16', 'closed', 'application', undefined],
		['2023-02-01', 'closed', 'application', undefined],
		['2023-03-11', 'ended', 'run', undefined],
	] as const)('with an application window and a period, on %s: %s', (today, status, basis, date) => {
		const result = programmeStatus({ applicationPeriod, period }, day(today));
		expect(result).toMatchObject({ status, basis });
		expect(result?.date?.toISOString().slice(0, 10)).toBe(date);
	});

	test.each([
		['2023-01-09', 'upcoming'],
		['2023-01-10', 'open'],
		['2023-03-10', 'open'],
		['2023-03-11', 'ended'],
	] as const)('with a period only, on %s: %s', (today, status) => {
		expect(programmeStatus({ period }, day(today))?.status).toBe(status);
		expect(runStatus(period, day(today)).status).toBe(status);
	});

	test('an application window alone stays closed after it ends', () => {
		expect(programmeStatus({ applicationPeriod }, day('2030-01-01'))).toEqual(applicationStatus(applicationPeriod, day('2030-01-01')));
		expect(programmeStatus({ applicationPeriod }, day('2030-01-01'))?.status).toBe('closed');
	});

	test('without dates there is no state to show', () => {
		expect(programmeStatus({}, day('2023-01-01'))).toBeUndefined();
	});
});

describe('eventStatus', () => {
	const event = { start: new Date('2022-07-13T13:00:00+09:00'), end: new Date('2022-07-13T14:30:00+09:00') };

	test.each([
		['2022-07-12', 'upcoming'],
		['2022-07-13', 'open'],
		['2022-07-14', 'ended'],
	] as const)('on %s: %s', (today, status) => {
		expect(eventStatus(event, day(today)).status).toBe(status);
		expect(eventIsOver(event, day(today))).toBe(status === 'ended');
	});

	test('is over once its end has passed', () => {
		expect(eventIsOver(event, new Date('2022-07-13T14:29:00+09:00'))).toBe(false);
		expect(eventIsOver(event, new Date('2022-07-13T14:31:00+09:00'))).toBe(true);
	});
});

describe('statusLabel, in each language', () => {
	const open = applicationStatus({ start: new Date('2022-07-01'), end: new Date('2022-08-15') }, day('2022-07-20'));

	test('says until when, with the language’s date', () => {
		const end = (locale: (typeof locales)[number]) => formatDate(new Date('2022-08-15'), locale);
		expect(statusLabel(open, 'ja', useTranslations('ja'))).toBe(`募集中（${end('ja')}まで）`);
		expect(end('ja')).toBe('2022年8月15日');
		expect(statusLabel(open, 'en', useTranslations('en'))).toBe(`Open for applications until ${end('en')}`);
		expect(statusLabel(open, 'zh', useTranslations('zh'))).toBe(`招募中（截至${end('zh')}）`);
		expect(statusLabel(open, 'ko', useTranslations('ko'))).toBe(`모집 중(${end('ko')}까지)`);
	});

	test('every state and basis has its own words in every language', () => {
		const states = [
			applicationStatus({ start: new Date('2022-07-01'), end: new Date('2022-08-15') }, day('2022-06-01')),
			open,
			applicationStatus({ start: new Date('2022-07-01'), end: new Date('2022-08-15') }, day('2022-09-01')),
			runStatus({ start: new Date('2023-01-10'), end: new Date('2023-03-10') }, day('2023-01-01')),
			runStatus({ start: new Date('2023-01-10'), end: new Date('2023-03-10') }, day('2023-02-01')),
			runStatus({ start: new Date('2023-01-10'), end: new Date('2023-03-10') }, day('2023-04-01')),
			eventStatus({ start: new Date('2022-07-13T13:00:00+09:00'), end: new Date('2022-07-13T14:30:00+09:00') }, day('2022-07-01')),
			eventStatus({ start: new Date('2022-07-13T13:00:00+09:00'), end: new Date('2022-07-13T14:30:00+09:00') }, day('2022-07-13')),
		];
		for (const locale of locales) {
			const t = useTranslations(locale);
			const labels = states.map((state) => statusLabel(state, locale, t));
			expect(new Set(labels).size, locale).toBe(labels.length);
			for (const label of labels) expect(label, locale).not.toMatch(/status\.|\{\{/);
		}
	});
});

describe('the content’s windows, on pinned days before, during and after each', () => {
	const programmes = entries('programmes').map((entry) => ({ key: entry.key, data: entry.versions.ja!.data }));
	const windows = programmes.flatMap(({ key, data }) =>
		(['applicationPeriod', 'period'] as const)
			.filter((field) => data[field])
			.map((field) => {
				const range = data[field] as { start: unknown; end: unknown };
				return { key, field, start: yamlDay(range.start), end: yamlDay(range.end) };
			}),
	);

	test('the content has dated windows to check', () => {
		expect(windows.length).toBeGreaterThan(0);
	});

	test.each(windows.map((window) => [`${window.key} ${window.field}`, window] as const))('%s', (_, window) => {
		const status = window.field === 'applicationPeriod' ? applicationStatus : runStatus;
		const after = window.field === 'applicationPeriod' ? 'closed' : 'ended';
		expect(status(window, shift(window.start, -1)).status).toBe('upcoming');
		expect(status(window, window.start).status).toBe('open');
		expect(status(window, window.end).status).toBe('open');
		expect(status(window, shift(window.end, 1)).status).toBe(after);
	});

	test.each(entries('events').map((entry) => [entry.key, entry.versions.ja!.data] as const))('event %s', (_, data) => {
		const event = { start: new Date(data.start as string | Date), end: new Date(data.end as string | Date) };
		expect(eventStatus(event, shift(event.start, -1)).status).toBe('upcoming');
		expect(eventStatus(event, new Date(event.start.getTime() + 60_000)).status).toBe('open');
		expect(eventStatus(event, new Date(event.end.getTime() + 60_000)).status).toBe('ended');
	});
});
