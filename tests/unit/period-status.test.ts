/** Status from Tokyo days (src/lib/status.ts), with a pinned "today". */
import { describe, expect, test } from 'vitest';
import { periodStatus } from '../../src/lib/status.ts';

const day = (iso: string) => new Date(iso);
/** The internship campaign: 15 July 2022 to 10 March 2023 (YAML dates are midnight UTC, the same day in Tokyo). */
const internship = { start: day('2022-07-15'), end: day('2023-03-10') };

describe('periodStatus', () => {
	test('is upcoming before the first day, current on it and on the last, ended after', () => {
		expect(periodStatus(internship, day('2022-07-14T12:00:00+09:00'))).toBe('upcoming');
		expect(periodStatus(internship, day('2022-07-15T00:00:00+09:00'))).toBe('current');
		expect(periodStatus(internship, day('2023-03-10T23:59:59+09:00'))).toBe('current');
		expect(periodStatus(internship, day('2023-03-11T00:00:00+09:00'))).toBe('ended');
		expect(periodStatus(internship, day('2026-11-28T09:00:00Z'))).toBe('ended');
	});

	test('counts days in Tokyo, wherever the build runs', () => {
		// 14:59 UTC on 10 March is 23:59 in Tokyo (still the last day); 15:00 UTC is 11 March there.
		expect(periodStatus(internship, day('2023-03-10T14:59:00Z'))).toBe('current');
		expect(periodStatus(internship, day('2023-03-10T15:00:00Z'))).toBe('ended');
		// 15:00 UTC on 14 July is already 15 July in Tokyo.
		expect(periodStatus(internship, day('2022-07-14T14:59:00Z'))).toBe('upcoming');
		expect(periodStatus(internship, day('2022-07-14T15:00:00Z'))).toBe('current');
	});

	test('an open end never ends; an open start has always begun', () => {
		expect(periodStatus({ start: day('2022-07-15') }, day('2099-01-01T00:00:00Z'))).toBe('current');
		expect(periodStatus({ end: day('2023-03-10') }, day('2000-01-01T00:00:00Z'))).toBe('current');
		expect(periodStatus({}, day('2023-03-10'))).toBe('current');
	});
});
