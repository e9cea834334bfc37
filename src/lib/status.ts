/**
 * Where something dated stands on a given day (DESIGN.md, "Dates and status"): computed at build
 * from Tokyo calendar days, so a period that ends on 10 March is current for the whole of 10 March in
 * Tokyo, wherever the build runs. Used by QR campaign landings; programmes and events can share it.
 */
import { isoDay } from './format.ts';

export type PeriodStatus = 'upcoming' | 'current' | 'ended';

/** A span of Tokyo days; an open end means "until further notice". */
export interface Period {
	start?: Date;
	end?: Date;
}

export function periodStatus(period: Period, now: Date): PeriodStatus {
	const today = isoDay(now);
	if (period.start && today < isoDay(period.start)) return 'upcoming';
	if (period.end && today > isoDay(period.end)) return 'ended';
	return 'current';
}
