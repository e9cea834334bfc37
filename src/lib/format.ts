import { useTranslations } from '../i18n/index.ts';
import { type Locale, localeInfo } from '../i18n/locales.ts';

/** Everything on the site is dated in Tokyo time. */
export const TIME_ZONE = 'Asia/Tokyo';

const tag = (locale: Locale) => localeInfo[locale].tag;

export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** Joins the two ends of a range as the language does (UI string `date.range`; ICU's own range patterns turn ja and zh dates numeric). */
const range = (start: string, end: string, locale: Locale) => useTranslations(locale)('date.range', { start, end });

const dayFormat = (locale: Locale, timeZone: string) =>
	new Intl.DateTimeFormat(tag(locale), { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', timeZone });

/** Days with their weekday, as releases state them: 2023年1月10日(火)～2023年3月10日(金). */
export function formatDateRange(start: Date, end: Date, locale: Locale): string {
	const format = dayFormat(locale, TIME_ZONE);
	return range(format.format(start), format.format(end), locale);
}

/** An event's span: 2022年7月13日(水) 13:00～14:30, in Tokyo time unless told otherwise. */
export function formatEventTime(start: Date, end: Date, locale: Locale, timeZone = TIME_ZONE): string {
	const day = dayFormat(locale, timeZone);
	const time = new Intl.DateTimeFormat(tag(locale), { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone });
	if (day.format(start) !== day.format(end)) {
		return range(`${day.format(start)} ${time.format(start)}`, `${day.format(end)} ${time.format(end)}`, locale);
	}
	return range(`${day.format(start)} ${time.format(start)}`, time.format(end), locale);
}

/** ISO 8601 with the Tokyo offset, for `<time datetime>` and JSON-LD. */
export function isoInTokyo(date: Date): string {
	const shifted = new Date(date.getTime() + 9 * 60 * 60 * 1000);
	return shifted.toISOString().replace(/\.\d{3}Z$/, '+09:00');
}

/** ISO day (YYYY-MM-DD) in Tokyo. */
export function isoDay(date: Date): string {
	return isoInTokyo(date).slice(0, 10);
}

/**
 * A department as written in each language: East Asian languages go from the bureau down
 * (産業労働局 雇用就業部 就業推進課); English from the section up, as releases sign it.
 */
export function departmentName(bureau: string, section: string, locale: Locale): string {
	return useTranslations(locale)('department.name', { bureau, section });
}

/** +81-3-5320-4628 from 03-5320-4628. */
export function internationalPhone(domestic: string): string {
	return `+81-${domestic.replace(/^0/, '')}`;
}

export function countryName(code: string, locale: Locale): string {
	return new Intl.DisplayNames([tag(locale)], { type: 'region' }).of(code.toUpperCase()) ?? code.toUpperCase();
}

/** A language's name in the reader's language: `languageName('ja', 'en')` → "Japanese". */
export function languageName(language: Locale, inLocale: Locale): string {
	return new Intl.DisplayNames([tag(inLocale)], { type: 'language' }).of(localeInfo[language].tag) ?? language;
}

/** Any language's name (a BCP 47 tag such as `vi`) in the reader's language: `languageTagName('vi', 'ja')` → "ベトナム語". */
export function languageTagName(tag: string, inLocale: Locale): string {
	return new Intl.DisplayNames([localeInfo[inLocale].tag], { type: 'language' }).of(tag) ?? tag;
}

/** A list in the reader's language: "Japanese and English". */
export function formatList(items: string[], locale: Locale): string {
	return new Intl.ListFormat(tag(locale), { type: 'conjunction' }).format(items);
}

/** File sizes as the press expects them: 1.6 MB, 240 KB (decimal units). */
export function formatBytes(bytes: number, locale: Locale): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	return new Intl.NumberFormat(tag(locale), {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: unit === 0 ? 0 : 1,
	}).format(value);
}
