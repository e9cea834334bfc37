/**
 * Where something dated stands on a given day (DESIGN.md, "Dates and status"), computed at build from
 * Tokyo calendar days: a period that ends on 10 March is current for the whole of 10 March in Tokyo,
 * wherever the build runs. The site is rebuilt daily, so "today" is the build's day (src/lib/today.ts).
 * Programmes, application windows, events and QR campaign landings share it. Pure.
 */
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatDate, isoDay } from './format.ts';

/** A span of Tokyo days; an open end means "until further notice". */
export interface Period {
	start?: Date;
	end?: Date;
}

export type PeriodStatus = 'upcoming' | 'current' | 'ended';

/** Before its first day, during it (both ends included), or after its last day. */
export function periodStatus(period: Period, now: Date): PeriodStatus {
	const today = isoDay(now);
	if (period.start && today < isoDay(period.start)) return 'upcoming';
	if (period.end && today > isoDay(period.end)) return 'ended';
	return 'current';
}

/** What readers are told: not yet, open (until …), applications closed, over. */
export type Status = 'upcoming' | 'open' | 'closed' | 'ended';

/** What a status is about: an application window, something that runs (a programme), or an event. */
export type StatusBasis = 'application' | 'run' | 'event';

export interface DatedStatus {
	status: Status;
	basis: StatusBasis;
	/** The day it changes next (opens, starts, ends), when there is one. */
	date?: Date;
}

/** An application window: upcoming until it opens, open until its last day, closed after. */
export function applicationStatus(window: { start: Date; end: Date }, today: Date): DatedStatus {
	const status = periodStatus(window, today);
	if (status === 'upcoming') return { status: 'upcoming', basis: 'application', date: window.start };
	if (status === 'current') return { status: 'open', basis: 'application', date: window.end };
	return { status: 'closed', basis: 'application' };
}

/** Something that runs over days: upcoming until it starts, open (under way) until its last day, ended after. */
export function runStatus(period: { start: Date; end: Date }, today: Date): DatedStatus {
	const status = periodStatus(period, today);
	if (status === 'upcoming') return { status: 'upcoming', basis: 'run', date: period.start };
	if (status === 'current') return { status: 'open', basis: 'run', date: period.end };
	return { status: 'ended', basis: 'run' };
}

/**
 * A programme's state from its application window and its period: while applications are not yet
 * closed, the window's state; after that, closed until the programme's period (if any) is over, then ended.
 * A programme with neither has no state to show.
 */
export function programmeStatus(
	data: { applicationPeriod?: { start: Date; end: Date }; period?: { start: Date; end: Date } },
	today: Date,
): DatedStatus | undefined {
	const { applicationPeriod, period } = data;
	if (applicationPeriod) {
		const application = applicationStatus(applicationPeriod, today);
		if (application.status !== 'closed' || !period || periodStatus(period, today) !== 'ended') return application;
		return { status: 'ended', basis: 'run' };
	}
	return period ? runStatus(period, today) : undefined;
}

/**
 * An event at `now` (the build's day, from its start): ended once its end has passed, upcoming before
 * the Tokyo day it starts, and open ("today", "under way") in between.
 */
export function eventStatus(event: { start: Date; end: Date }, now: Date): DatedStatus {
	if (eventIsOver(event, now)) return { status: 'ended', basis: 'event' };
	if (isoDay(now) < isoDay(event.start)) return { status: 'upcoming', basis: 'event', date: event.start };
	return { status: 'open', basis: 'event', date: event.end };
}

/** Whether an event is over at `now`: it loses "add to calendar" and is listed under past events. */
export function eventIsOver(event: { end: Date }, now: Date): boolean {
	return event.end < now;
}

const labels: Record<StatusBasis, Partial<Record<Status, UiKey>>> = {
	application: { upcoming: 'status.application.upcoming', open: 'status.application.open', closed: 'status.application.closed', ended: 'status.ended' },
	run: { upcoming: 'status.run.upcoming', open: 'status.run.open', closed: 'status.application.closed', ended: 'status.ended' },
	event: { upcoming: 'status.event.upcoming', open: 'status.event.open', ended: 'status.event.ended' },
};

/** The state in the reader's language: "Applications open until 15 August 2022", "Ended". */
export function statusLabel(status: DatedStatus, locale: Locale, t: Translate): string {
	const key = labels[status.basis][status.status] ?? 'status.ended';
	return t(key, { date: status.date ? formatDate(status.date, locale) : '' });
}
