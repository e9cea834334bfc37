/**
 * QR campaign landings as content/landings says them, and where they must lead, written out here
 * (DESIGN.md, "URLs") rather than imported from src/, so the tests check the code against the design.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { entryUrl, type Locale, locales, type PageCollection, readFrontmatter, readSettings } from './content.ts';
import { projectRoot } from './paths.ts';

/** Where a landing's button or target leads: an entry, a page of the site, or an external address. */
export interface LandingLinkData {
	collection?: string;
	key?: string;
	path?: string;
	url?: string;
}

/** A landing's frontmatter as YAML reads it (dates as Date). */
export interface LandingData {
	title: string;
	printNote: string;
	campaign: string;
	validFrom: Date;
	validUntil?: Date;
	cta: LandingLinkData & { label: string };
	target?: LandingLinkData;
	programme?: string;
}

export interface Landing {
	key: string;
	/** The Japanese entry: the source of campaign, dates, target and programme. */
	source: LandingData;
	versions: Partial<Record<Locale, LandingData>>;
}

export function landings(root = projectRoot): Landing[] {
	const byKey = new Map<string, Landing>();
	for (const locale of locales) {
		const folder = path.join(root, 'content/landings', locale);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder)
			.filter((file) => /\.mdx?$/.test(file))
			.sort()) {
			const { data } = readFrontmatter(readFileSync(path.join(folder, name), 'utf8'));
			if (typeof data.title !== 'string' || !data.title.trim()) continue;
			const key = name.replace(/\.mdx?$/, '');
			const landing = byKey.get(key) ?? { key, source: data as unknown as LandingData, versions: {} };
			landing.versions[locale] = data as unknown as LandingData;
			if (locale === 'ja') landing.source = data as unknown as LandingData;
			byKey.set(key, landing);
		}
	}
	return [...byKey.values()].filter((landing) => landing.versions.ja);
}

export const shortUrl = (key: string) => `/q/${key}/`;
export const landingUrl = (locale: Locale, key: string) => `/${locale}/campaigns/${key}/`;
export const printSheetUrl = (locale: Locale, key: string) => `/${locale}/campaigns/${key}/print/`;

/** Where a link of a landing (cta or target) leads in a locale. */
export function linkUrl(link: LandingLinkData, locale: Locale): string {
	if (link.url) return link.url;
	if (link.path) return link.path === '/' ? `/${locale}/` : `/${locale}${link.path}`;
	return entryUrl(link.collection as PageCollection, locale, String(link.key));
}

/** Where /q/<key>/ must send a reader of `locale`: the landing (or its target), with the campaign unless tracking is off. */
export function expectedForward(landing: Landing, locale: Locale): string {
	const destination = landing.source.target ? linkUrl(landing.source.target, locale) : landingUrl(locale, landing.key);
	const tracking = readSettings().qrTracking !== false;
	return tracking ? `${destination}${destination.includes('?') ? '&' : '?'}utm_source=qr&utm_campaign=${landing.source.campaign}` : destination;
}

/** Today in Tokyo, as YYYY-MM-DD. */
export function tokyoToday(now = new Date()): string {
	return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** Whether a landing's campaign has ended (validUntil before today in Tokyo). */
export function hasEnded(landing: Landing, now = new Date()): boolean {
	const until = landing.source.validUntil;
	if (!until) return false;
	const day = new Date(until).toISOString().slice(0, 10);
	return day < tokyoToday(now);
}
