/**
 * /<locale>/press/<key>.pdf: each release in each language it is written in, as a PDF drawn from the
 * same MDX (src/integrations/press-pdf.ts), cached by content hash (src/integrations/press-pdf-cache.ts, press-files.ts).
 */
import type { APIRoute } from 'astro';
import { locales } from '../../../i18n/locales.ts';
import { pdfOfRelease } from '../../../integrations/press-files.ts';
import { getLocalizedEntries, type LocalizedEntry } from '../../../lib/entries.ts';

export async function getStaticPaths() {
	const paths = [];
	for (const locale of locales) {
		for (const item of await getLocalizedEntries('press', locale)) {
			if (!item.isFallback) paths.push({ params: { locale, key: item.key }, props: { item } });
		}
	}
	return paths;
}

export const GET: APIRoute = async ({ props, site }) => {
	const { item } = props as { item: LocalizedEntry<'press'> };
	const pdf = await pdfOfRelease(item, site);
	return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } });
};
