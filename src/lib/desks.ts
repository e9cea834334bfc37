/**
 * Consultation desks abroad (content/settings/site.yml → desks.list): their fields' patterns, and the
 * desks page's list in the reader's language, by country, with hours in each desk's local time.
 * Pure; the desks page and the settings schema share it.
 */
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../i18n/index.ts';
import { type Locale, localeInfo, lookupOrder } from '../i18n/locales.ts';
import { contentLang } from './fallback.ts';
import { countryName, formatList, languageTagName } from './format.ts';
import { type Weekday, weekdays } from './taxonomies.ts';

export const DESK_PATTERNS = {
	email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
	/** The same, or nothing (a settings field left empty). */
	optionalEmail: /^$|^[^@\s]+@[^@\s]+\.[^@\s]+$/,
	optionalHttps: /^$|^https:\/\/\S+$/,
	/** International form: +, country code, digits and spaces. */
	phone: /^\+\d[\d ]{5,}\d$/,
	time: /^(?:[01]\d|2[0-3]):[0-5]\d$/,
	timeZone: /^[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/,
} as const;

/** Whether this system's Intl knows the IANA time zone. */
export function isTimeZone(value: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

export type Desk = CollectionEntry<'settings'>['data']['desks']['list'][number];
type Translated = Partial<Record<Locale, string>>;

/** A value editors give per language, in the reader's: their own, else the first fallback that has it. */
export function translatedValue(values: Translated, locale: Locale): { value: string; lang?: string } | undefined {
	const shown = lookupOrder(locale).find((candidate) => values[candidate]);
	return shown ? { value: values[shown] as string, lang: contentLang(locale, shown) } : undefined;
}

/** "Mon–Fri, Sun": consecutive days joined as a range, in the reader's language. */
export function formatDays(days: readonly Weekday[], locale: Locale): string {
	// 2024-01-01 was a Monday: day names from Intl in the reader's language.
	const name = (day: Weekday) =>
		new Intl.DateTimeFormat(localeInfo[locale].tag, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day))));
	const sorted = [...new Set(days)].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
	const runs: Weekday[][] = [];
	for (const day of sorted) {
		const run = runs.at(-1);
		if (run && weekdays.indexOf(day) === weekdays.indexOf(run[run.length - 1]) + 1) run.push(day);
		else runs.push([day]);
	}
	const parts = runs.map((run) => (run.length > 2 ? `${name(run[0])}–${name(run[run.length - 1])}` : run.map(name).join(', ')));
	return formatList(parts, locale);
}

/** The time zone's name in the reader's language: "Western Indonesia Time", 「インドネシア西部時間」. */
export function timeZoneName(timeZone: string, locale: Locale): string {
	const parts = new Intl.DateTimeFormat(localeInfo[locale].tag, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(Date.UTC(2024, 0, 1)));
	return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export interface DeskView {
	id: string;
	city: string;
	organisation: string;
	/** `lang` of city and organisation when they are in another language than the page. */
	lang?: string;
	languages: string;
	channels: { kind: 'email' | 'phone' | 'booking' | 'website'; label: string; href: string; text: string }[];
	/** "Mon–Fri 09:00–17:00", in the desk's local time. */
	hours: string[];
	/** "Western Indonesia Time (Asia/Jakarta)". */
	timeZone: string;
	note?: { value: string; lang?: string };
}

export interface DeskGroup {
	country: string;
	name: string;
	desks: DeskView[];
}

function deskView(desk: Desk, locale: Locale, t: Translate): DeskView {
	const city = translatedValue(desk.city, locale);
	const organisation = translatedValue(desk.organisation, locale);
	const channels: DeskView['channels'] = [];
	const { email, phone, bookingUrl, website } = desk.channels;
	if (email) channels.push({ kind: 'email', label: t('desk.email'), href: `mailto:${email}`, text: email });
	if (phone) channels.push({ kind: 'phone', label: t('desk.phone'), href: `tel:${phone.replace(/\s+/g, '')}`, text: phone });
	if (bookingUrl) channels.push({ kind: 'booking', label: t('desk.booking'), href: bookingUrl, text: t('desk.bookingLink') });
	if (website) channels.push({ kind: 'website', label: t('desk.website'), href: website, text: new URL(website).hostname });
	return {
		id: desk.id,
		city: city?.value ?? '',
		organisation: organisation?.value ?? '',
		lang: organisation?.lang ?? city?.lang,
		languages: formatList(
			desk.languages.map((code) => languageTagName(code, locale)),
			locale,
		),
		channels,
		hours: desk.hours.map((range) => `${formatDays(range.days, locale)} ${t('date.range', { start: range.opens, end: range.closes })}`),
		timeZone: `${timeZoneName(desk.timeZone, locale)} (${desk.timeZone})`,
		note: desk.note ? translatedValue(desk.note, locale) : undefined,
	};
}

/** The desks by country, countries in the reader's alphabetical order, desks by city within each. */
export function deskGroups(list: readonly Desk[], locale: Locale, t: Translate): DeskGroup[] {
	const collator = new Intl.Collator(localeInfo[locale].tag);
	const groups = new Map<string, DeskGroup>();
	for (const desk of list) {
		const group = groups.get(desk.country) ?? { country: desk.country, name: countryName(desk.country, locale), desks: [] };
		group.desks.push(deskView(desk, locale, t));
		groups.set(desk.country, group);
	}
	for (const group of groups.values()) group.desks.sort((a, b) => collator.compare(a.city, b.city));
	return [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** The anchor of a country's group on the desks page; the reader's-country script looks it up. */
export const deskGroupId = (country: string) => `desks-${country}`;

/**
 * The reader's country from the browser's language tags (`id-ID` → `id`), if it has desks.
 * Self-contained on purpose: the desks page inlines its source as its script.
 */
export function readerCountry(languages: readonly string[], countries: readonly string[]): string | undefined {
	for (const tag of languages) {
		const region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag)?.[1]?.toLowerCase();
		if (region && countries.includes(region)) return region;
	}
	return undefined;
}

/** The desks page's script: moves the reader's country to the top of the list (under 1 KB; without it the list stays alphabetical). */
export function readerCountryScript(countries: readonly string[]): string {
	return `(()=>{const c=(${readerCountry.toString()})(navigator.languages||[navigator.language],${JSON.stringify(countries)});const g=c&&document.getElementById(${JSON.stringify(deskGroupId(''))}+c);if(g&&g.parentNode.firstElementChild!==g){g.parentNode.prepend(g);g.dataset.reader=''}})()`;
}
