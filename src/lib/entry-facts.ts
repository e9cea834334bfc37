/**
 * What an entry page states besides its text: the line above the title and the key facts, as
 * label/value lines in the reader's language. The pages and the CMS previews (cms/previews.ts) both
 * call these, so an editor previews exactly what the site will say.
 */
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { contentLang } from './fallback.ts';
import { countryName, departmentName, formatDate, isoDay } from './format.ts';
import type { GuideTopic } from './taxonomies.ts';
import type { LocalizedCollection } from './urls.ts';

export interface Fact {
	label: string;
	value: string;
	/** Set when the value is in another language than the page. */
	lang?: string;
	/** Set when the value is a date: its ISO day, for `<time datetime>`. */
	datetime?: string;
}

/** The line above an entry's title: its kind, and a story's date or a guide's topic. */
export function entryEyebrow(
	collection: LocalizedCollection,
	data: object & { date?: Date; topic?: GuideTopic },
	locale: Locale,
	t: Translate,
): string | undefined {
	switch (collection) {
		case 'guides':
			return data.topic ? `${t('guides.title')} · ${t(`guideTopic.${data.topic}`)}` : t('guides.title');
		case 'companies':
			return t('companies.title');
		case 'programmes':
			return t('nav.programmes');
		case 'events':
			return t('nav.events');
		case 'stories':
			return data.date ? `${t('stories.title')} · ${formatDate(data.date, locale)}` : t('stories.title');
		case 'press':
			return t('press.title');
		case 'landings':
			return t('site.project');
		default:
			return undefined;
	}
}

type Story = CollectionEntry<'stories'>['data'];

/** Where the person is from, what they do, where, and in which industry. */
export function storyFacts(
	data: Pick<Story, 'country' | 'role' | 'company' | 'industry'>,
	locale: Locale,
	t: Translate,
	contentLocale: Locale = locale,
): Fact[] {
	const lang = contentLang(locale, contentLocale);
	return [
		{ label: t('story.country'), value: countryName(data.country, locale) },
		{ label: t('story.role'), value: data.role, lang },
		{ label: t('story.company'), value: data.company, lang },
		{ label: t('story.industry'), value: t(`industry.${data.industry}`) },
	];
}

type Release = CollectionEntry<'press'>['data'];

/** When a release was published and who issued it (the department in the release's own language). */
export function pressFacts(data: Pick<Release, 'date' | 'bureau' | 'section'>, locale: Locale, t: Translate, contentLocale: Locale = locale): Fact[] {
	return [
		{ label: t('date.published'), value: formatDate(data.date, locale), datetime: isoDay(data.date) },
		{ label: t('press.issuer'), value: departmentName(data.bureau, data.section, contentLocale), lang: contentLang(locale, contentLocale) },
	];
}

/**
 * The day an entry's page says it was last updated: its `updated` field, else its own date (a story's,
 * a release's), else the day a guide was last reviewed. Never the build's date: rebuilding changes nothing.
 */
export function lastUpdated(data: { updated?: Date; date?: Date; lastReviewed?: Date }): Date | undefined {
	return data.updated ?? data.date ?? data.lastReviewed;
}

/** "Last updated: 28 November 2026" as the page's last line, with its ISO day for `<time datetime>`. */
export function lastUpdatedLine(
	data: { updated?: Date; date?: Date; lastReviewed?: Date },
	locale: Locale,
	t: Translate,
): { text: string; datetime: string } | undefined {
	const day = lastUpdated(data);
	return day && { text: t('meta.updatedOn', { date: formatDate(day, locale) }), datetime: isoDay(day) };
}
