/** The structured facts of a programme, as label/value lines in the reader's language. */
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Fact } from './entry-facts.ts';
import { contentLang } from './fallback.ts';
import { formatDateRange } from './format.ts';

type Programme = CollectionEntry<'programmes'>['data'];

export function describeCapacity(capacity: NonNullable<Programme['capacity']>, t: Translate): string {
	const amount = t(`capacity.unit.${capacity.unit}`, { count: capacity.count });
	const approximate = capacity.approximate ? t('capacity.approximate', { value: amount }) : amount;
	return t(`capacity.per.${capacity.per}`, { value: approximate });
}

export function describeCountries(countries: NonNullable<Programme['countries']>, t: Translate): string {
	return countries.region
		? t('countries.countInRegion', { count: countries.count, region: countries.region })
		: t('countries.count', { count: countries.count });
}

/**
 * Labels, dates and numbers are in the page's language; text taken from the entry (eligibility,
 * region) is in the entry's, `contentLocale`, marked with its `lang` when that differs (a missing translation).
 */
export function programmeFacts(data: Programme, locale: Locale, t: Translate, contentLocale: Locale = locale): Fact[] {
	const lang = contentLang(locale, contentLocale);
	const facts: Fact[] = [{ label: t('programme.audience'), value: t(`audience.${data.audience}`) }];
	if (data.period) facts.push({ label: t('programme.period'), value: formatDateRange(data.period.start, data.period.end, locale) });
	if (data.applicationPeriod) {
		const { start, end } = data.applicationPeriod;
		facts.push({ label: t('programme.applicationPeriod'), value: formatDateRange(start, end, locale) });
	}
	if (data.capacity) facts.push({ label: t('programme.capacity'), value: describeCapacity(data.capacity, t) });
	if (data.countries) {
		facts.push({ label: t('programme.countries'), value: describeCountries(data.countries, t), lang: data.countries.region ? lang : undefined });
	}
	if (data.eligibility) facts.push({ label: t('programme.eligibility'), value: data.eligibility, lang });
	return facts;
}
