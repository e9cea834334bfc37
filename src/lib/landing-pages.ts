/**
 * What the landing pages, the short links, the print sheets, the programme pages' codes and the
 * server rules show, computed once from content/landings (render time; the rules are landings.ts's).
 * Language-neutral fields (campaign, dates, target, programme) come from the Japanese entry, the source.
 */
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../i18n/index.ts';
import { defaultLocale, type Locale, localeInfo, locales } from '../i18n/locales.ts';
import { getLocalizedEntries, getLocalizedEntry, type LocalizedEntry } from './entries.ts';
import { entryEyebrow } from './entry-facts.ts';
import { borrowedLang } from './fallback.ts';
import { formatDate, formatDateRange } from './format.ts';
import { belongsToProgramme, forwardTargets, landingPath, linkHref, printSheetPath, type ShortLink, shortPath } from './landings.ts';
import { entryMeta, type PageMeta } from './page-meta.ts';
import { qrPath, qrPngWidth } from './qr.ts';
import { getSettings } from './settings.ts';
import { type PeriodStatus, periodStatus } from './status.ts';
import { siteToday } from './today.ts';
import { absoluteUrl, collectionPath, entryPath } from './urls.ts';

type Landing = CollectionEntry<'landings'>['data'];

/** Every landing as its Japanese entry: the source of its language-neutral fields. */
export function getLandingSources(): Promise<LocalizedEntry<'landings'>[]> {
	return getLocalizedEntries('landings', defaultLocale);
}

/** Where a campaign stands on the build's day (SITE_TODAY pins it, as for programmes and events). */
export function landingStatus(data: Pick<Landing, 'validFrom' | 'validUntil'>, now = siteToday()): PeriodStatus {
	return periodStatus({ start: data.validFrom, end: data.validUntil }, now);
}

/** The short links, with the setting that adds the campaign parameters. */
export async function getShortLinks(): Promise<{ links: ShortLink[]; tracking: boolean }> {
	const sources = await getLandingSources();
	const links = sources.map((source) => ({ key: source.key, campaign: source.value.data.campaign, target: source.value.data.target }));
	return { links, tracking: (await getSettings()).qrTracking };
}

/** A landing's title as each locale shows it (its own translation or a fallback, marked with `lang`). */
export async function titlesByLocale(key: string): Promise<Record<Locale, { text: string; lang?: string }>> {
	const titles: Partial<Record<Locale, { text: string; lang?: string }>> = {};
	for (const locale of locales) {
		const version = await getLocalizedEntry('landings', locale, key);
		if (version) titles[locale] = { text: version.value.data.title, lang: borrowedLang(version) };
	}
	return titles as Record<Locale, { text: string; lang?: string }>;
}

/** getStaticPaths of /q/[key]: where each language goes, what the list without JavaScript says, the page's title. */
export async function shortLinkStaticPaths() {
	const { links, tracking } = await getShortLinks();
	return Promise.all(
		links.map(async (link) => {
			const titles = await titlesByLocale(link.key);
			return {
				params: { key: link.key },
				props: { key: link.key, paths: forwardTargets(link, tracking), titles, title: `${titles.en.text} — Let's Work in Tokyo` },
			};
		}),
	);
}

/** getStaticPaths of /qr/[key].svg and /qr/[key].png: every landing's key. */
export async function qrCodeStaticPaths() {
	return (await getLandingSources()).map((source) => ({ params: { key: source.key } }));
}

/** What a code file holds: the absolute short URL, and the accessible name of the SVG. */
export function qrCodeContent(key: string, site: URL | undefined): { text: string; name: string } {
	const text = absoluteUrl(shortPath(key), site);
	return { text, name: `QR code: ${text}` };
}

export interface QrCodeView {
	key: string;
	/** The landing's title in the page's locale (or its fallback, with `lang`). */
	title: string;
	titleLang?: string;
	/** The absolute URL the code encodes. */
	shortUrl: string;
	/** The same as shown: origin and path, so that a narrow line breaks between them. */
	shortUrlParts: [string, string];
	svg: string;
	png: string;
	pngWidth: number;
	printSheet: string;
}

export async function qrCodeView(key: string, locale: Locale, site: URL | undefined): Promise<QrCodeView> {
	const version = await getLocalizedEntry('landings', locale, key);
	if (!version) throw new Error(`There is no landing "${key}" (content/landings/ja/${key}.mdx).`);
	const shortUrl = absoluteUrl(shortPath(key), site);
	return {
		key,
		title: version.value.data.title,
		titleLang: borrowedLang(version),
		shortUrl,
		shortUrlParts: [new URL(shortUrl).origin, shortPath(key)],
		svg: qrPath(key, 'svg'),
		png: qrPath(key, 'png'),
		pngWidth: qrPngWidth(shortUrl),
		printSheet: printSheetPath(locale, key),
	};
}

/** The codes a programme's page shows: of the landings that name it as their programme or target. */
export async function programmeQrCodes(programme: string, locale: Locale, site: URL | undefined): Promise<QrCodeView[]> {
	const sources = (await getLandingSources()).filter((source) => belongsToProgramme(source.value.data, programme));
	return Promise.all(sources.map((source) => qrCodeView(source.key, locale, site)));
}

/**
 * Landings and print sheets are not indexed (a landing repeats its programme's page for readers of a
 * leaflet; the programme page is what search engines should show), so they name no alternates either.
 */
function campaignMeta(meta: PageMeta): PageMeta {
	return { ...meta, translations: [], noindex: true };
}

export interface LandingView {
	meta: PageMeta;
	/** The line above the title (as the CMS preview shows it). */
	eyebrow?: string;
	status: PeriodStatus;
	/** The button, while the campaign runs. */
	cta?: { label: string; href: string };
	/** When it ended, and what is current instead. */
	ended?: { date: string; links: { label: string; href: string; lang?: string }[] };
	/** When it starts, before it does. */
	upcoming?: { date: string };
}

/** A landing page, with the state of its campaign. */
export async function landingView(item: LocalizedEntry<'landings'>, t: Translate, now = siteToday()): Promise<LandingView> {
	const { locale } = item;
	const source = (await getLocalizedEntry('landings', defaultLocale, item.key))!.value.data;
	const data = item.value.data;
	const meta = campaignMeta(entryMeta(item, landingPath(locale, item.key), { title: data.title, description: data.description }));
	const status = landingStatus(source, now);
	const eyebrow = entryEyebrow('landings', data, locale, t);
	if (status === 'ended') {
		const programme = source.programme && (await getLocalizedEntry('programmes', locale, source.programme));
		const links = [
			programme
				? { label: programme.value.data.title, href: entryPath('programmes', locale, programme.key), lang: borrowedLang(programme) }
				: { label: t('nav.programmes'), href: collectionPath('programmes', locale) },
			{ label: t('nav.events'), href: collectionPath('events', locale) },
		];
		return { meta, eyebrow, status, ended: { date: formatDate(source.validUntil!, locale), links } };
	}
	const cta = { label: data.cta.label, href: linkHref(source.cta, locale) };
	if (status === 'upcoming') return { meta, eyebrow, status, cta, upcoming: { date: formatDate(source.validFrom, locale) } };
	return { meta, eyebrow, status, cta };
}

/** The validity of a campaign in a locale: a range, or "from …" when it has no end. */
export function validityText(data: Pick<Landing, 'validFrom' | 'validUntil'>, locale: Locale, t: Translate): string {
	return data.validUntil ? formatDateRange(data.validFrom, data.validUntil, locale) : t('landing.validFromOpen', { date: formatDate(data.validFrom, locale) });
}

/** The print sheet of a landing: the code, its short URL, the title and print note in every language. */
export async function printSheetView(item: LocalizedEntry<'landings'>, t: Translate, site: URL | undefined) {
	const source = (await getLocalizedEntry('landings', defaultLocale, item.key))!.value.data;
	const code = await qrCodeView(item.key, item.locale, site);
	const languages = [];
	for (const locale of locales) {
		const version = await getLocalizedEntry('landings', locale, item.key);
		if (!version || version.isFallback) continue;
		languages.push({ tag: localeInfo[locale].tag, title: version.value.data.title, note: version.value.data.printNote });
	}
	const meta = campaignMeta(
		entryMeta(item, printSheetPath(item.locale, item.key), {
			title: t('print.title', { title: item.value.data.title }),
			description: item.value.data.printNote,
		}),
	);
	return {
		meta,
		code,
		languages,
		campaign: source.campaign,
		validity: validityText(source, item.locale, t),
		status: landingStatus(source),
		/** The short URL as printed (without https://, which phones do not need), in two parts that may break apart. */
		printedUrl: [new URL(code.shortUrl).host, shortPath(item.key)],
	};
}
