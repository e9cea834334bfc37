/**
 * QR campaign landings (content/landings/): where a landing, its call to action and its short link
 * lead in each language, the campaign parameters, and the server rules generated from the same data.
 * Pure: the content queries are in landing-pages.ts.
 */
import { type Locale, locales } from '../i18n/locales.ts';
import { collectionSegments, entryPath, localePath, type PageCollection } from './urls.ts';

/** Collections whose entries a landing can lead to. */
export const linkCollections = Object.keys(collectionSegments) as [PageCollection, ...PageCollection[]];

/** Pages every language has, written without the language (`/stories/` → /<locale>/stories/). */
export const sitePaths = [
	'/',
	...Object.values(collectionSegments)
		.filter(Boolean)
		.map((segment) => `/${segment}/`),
	'/search/',
] as [string, ...string[]];

/** Where a link leads: an entry (collection + key), a page of the site (path), or an allowed external address (url). */
export interface LandingLink {
	collection?: PageCollection;
	key?: string;
	path?: string;
	url?: string;
}

export type LinkKind = 'entry' | 'path' | 'url';

/** The one kind of destination a link names, or a sentence saying what is wrong with it. */
export function linkKind(link: LandingLink): LinkKind | string {
	const kinds: LinkKind[] = [];
	if (link.collection !== undefined || link.key !== undefined) kinds.push('entry');
	if (link.path !== undefined) kinds.push('path');
	if (link.url !== undefined) kinds.push('url');
	if (kinds.length !== 1) return 'give exactly one destination: an entry (collection and key), a page of the site (path) or an external address (url)';
	if (kinds[0] === 'entry' && (link.collection === undefined || link.key === undefined)) return 'an entry needs both its collection and its key';
	return kinds[0];
}

/** Decap writes a cleared field as '' and an untouched object as {}: both mean "not set". */
export function withoutBlanks(value: unknown): unknown {
	if (value === '' || value === null) return undefined;
	if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return value;
	const entries = Object.entries(value as Record<string, unknown>)
		.map(([name, inner]) => [name, withoutBlanks(inner)] as const)
		.filter(([, inner]) => inner !== undefined);
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The href of a link on a page in `locale`. */
export function linkHref(link: LandingLink, locale: Locale): string {
	if (link.url) return link.url;
	if (link.path) return link.path === '/' ? localePath(locale) : localePath(locale, ...link.path.split('/'));
	if (link.collection && link.key) return entryPath(link.collection, locale, link.key);
	throw new Error(`A link without a destination: ${JSON.stringify(link)}`);
}

/** How a link reads in an error message: programmes/internship, /stories/, https://… */
export function describeLink(link: LandingLink): string {
	return link.url ?? link.path ?? `${link.collection}/${link.key}`;
}

/** What a landing's links are checked against when content is loaded. */
export interface LinkContext {
	/** Whether the Japanese version of an entry exists (Japanese is the source of every entry). */
	entryExists(collection: PageCollection, key: string): boolean;
	/** Origins (https://host) that landings may lead to outside the site (settings). */
	allowedOrigins: readonly string[];
	/** Where the allow-list is edited, for the message. */
	allowListName: string;
}

interface LinkedFields {
	cta?: LandingLink;
	target?: LandingLink;
	programme?: string;
}

/** Every field of a landing that leads nowhere, or outside the allow-list: `field: "value" …`. */
export function linkProblems(data: LinkedFields, context: LinkContext): string[] {
	const problems: string[] = [];
	const check = (field: string, link: LandingLink | undefined) => {
		if (!link) return;
		if (link.url !== undefined) {
			let origin: string | undefined;
			try {
				origin = new URL(link.url).origin;
			} catch {
				problems.push(`field "${field}.url": "${link.url}" is not a web address.`);
				return;
			}
			if (!context.allowedOrigins.includes(origin)) {
				problems.push(`field "${field}.url": "${link.url}" leads outside the site to ${origin}, which is not on the allow-list (${context.allowListName}).`);
			}
		} else if (link.collection && link.key && !context.entryExists(link.collection, link.key)) {
			problems.push(`field "${field}": "${describeLink(link)}" does not exist (no content/${link.collection}/ja/${link.key}.mdx).`);
		}
	};
	check('cta', data.cta);
	check('target', data.target);
	if (data.programme && !context.entryExists('programmes', data.programme)) {
		problems.push(`field "programme": "${data.programme}" does not exist (no content/programmes/ja/${data.programme}.mdx).`);
	}
	return problems;
}

/** `/q/internship/`: what a landing's QR code encodes (absolute, on the site's origin). */
export function shortPath(key: string): string {
	return `/q/${key}/`;
}

/** `/ja/campaigns/internship/`: the landing itself. */
export function landingPath(locale: Locale, key: string): string {
	return localePath(locale, 'campaigns', key);
}

/** `/ja/campaigns/internship/print/`: the A4 sheet with the code. */
export function printSheetPath(locale: Locale, key: string): string {
	return localePath(locale, 'campaigns', key, 'print');
}

/** Appends utm_source=qr and utm_campaign to a destination, keeping its own query and fragment. */
export function withCampaign(href: string, campaign: string): string {
	const [beforeHash, hash = ''] = href.split(/#(.*)/s);
	const parameters = `utm_source=qr&utm_campaign=${encodeURIComponent(campaign)}`;
	return `${beforeHash}${beforeHash.includes('?') ? '&' : '?'}${parameters}${hash ? `#${hash}` : ''}`;
}

/** What a short link needs: the landing's key, its campaign label and its optional target. */
export interface ShortLink {
	key: string;
	campaign: string;
	target?: LandingLink;
}

/** Where `/q/<key>/` sends a reader of each language: the landing, or straight to its target. */
export function forwardTargets(link: ShortLink, tracking: boolean): Record<Locale, string> {
	const destination = (locale: Locale) => (link.target ? linkHref(link.target, locale) : landingPath(locale, link.key));
	return Object.fromEntries(locales.map((locale) => [locale, tracking ? withCampaign(destination(locale), link.campaign) : destination(locale)])) as Record<
		Locale,
		string
	>;
}

/**
 * Netlify `_redirects`: per short link, one rule per language, chosen from Accept-Language before any
 * HTML is sent. `302!` forces the rule although /q/<key>/index.html exists (Netlify serves an existing
 * file before an unforced rule). No rule without a condition: a reader whose language matches none
 * gets the page, whose forwarder sends them to English; hosts that ignore `Language=` (Cloudflare
 * Pages refuses lines of four fields) serve the page too.
 */
export function redirectRules(links: readonly ShortLink[], tracking: boolean): string {
	const lines = ['# QR short links by language (generated from content/landings; see README "QR campaigns").'];
	for (const link of links) {
		const targets = forwardTargets(link, tracking);
		for (const locale of locales) lines.push(`${shortPath(link.key)} ${targets[locale]} 302! Language=${locale}`);
	}
	return `${lines.join('\n')}\n`;
}

/** Landings whose code belongs on a programme's page: those naming it as their programme or target. */
export function belongsToProgramme(data: { programme?: string; target?: LandingLink }, programme: string): boolean {
	return data.programme === programme || (data.target?.collection === 'programmes' && data.target.key === programme);
}
