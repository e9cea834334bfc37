/** sitemap.xml with hreflang alternates: only real translations are listed, never fallbacks. */
import { type Locale, localeInfo } from '../i18n/locales.ts';
import { absoluteUrl } from './urls.ts';

/** One page and its language versions: locale → path, for the locales that have it in their language. */
export type PageVersions = Partial<Record<Locale, string>>;

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(pages: PageVersions[], site: URL | string | undefined): string {
	const urls: string[] = [];
	for (const versions of pages) {
		const entries = Object.entries(versions) as [Locale, string][];
		const links = entries
			.map(([locale, path]) => `<xhtml:link rel="alternate" hreflang="${localeInfo[locale].tag}" href="${escapeXml(absoluteUrl(path, site))}"/>`)
			.concat(`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl('/', site))}"/>`)
			.join('');
		for (const [, path] of entries) urls.push(`<url><loc>${escapeXml(absoluteUrl(path, site))}</loc>${links}</url>`);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
