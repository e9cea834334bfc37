/**
 * "Today" for everything the site computes from dates (the status of programmes, windows and
 * events; overdue guide reviews): the Tokyo day of the build, read here and nowhere else. The site is
 * rebuilt daily, so what it says stays true. SITE_TODAY=YYYY-MM-DD pins the day (tests, reproducing a
 * build); otherwise SOURCE_DATE_EPOCH (reproducible builds), else the clock.
 */
import { buildTime } from './build-time.ts';

const tokyoIsoDay = (date: Date) => new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** Midnight at the start of a Tokyo day, YYYY-MM-DD. */
export function tokyoDay(day: string): Date {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00+09:00`))) {
		throw new Error(`SITE_TODAY must be a day written YYYY-MM-DD, not "${day}".`);
	}
	return new Date(`${day}T00:00:00+09:00`);
}

/** The start of the build's day in Tokyo. */
export function siteToday(env: Record<string, string | undefined> = process.env): Date {
	const pinned = env.SITE_TODAY;
	return tokyoDay(pinned ? pinned : tokyoIsoDay(buildTime(env)));
}
