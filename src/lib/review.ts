/** Reviews of content that rests on outside facts (guides): due a year after the last one. Pure, no dependencies. */

/** A review is due this many days after the last one. */
export const REVIEW_INTERVAL_DAYS = 365;

const tokyoDay = (date: Date) => new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** Whether content last reviewed on `lastReviewed` is overdue on `today` (both as Tokyo days). */
export function reviewOverdue(lastReviewed: Date, today: Date): boolean {
	return (Date.parse(tokyoDay(today)) - Date.parse(tokyoDay(lastReviewed))) / 86_400_000 > REVIEW_INTERVAL_DAYS;
}
