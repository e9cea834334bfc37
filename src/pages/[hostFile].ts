/**
 * /_redirects: server rules for hosts that choose a QR short link's language before any HTML
 * (Netlify reads the `Language=` conditions; see README "QR campaigns"). From the same data as the
 * /q/ pages (src/lib/landings.ts). A route parameter, because Astro skips page files named with `_`.
 */
import type { APIRoute } from 'astro';
import { getShortLinks } from '../lib/landing-pages.ts';
import { redirectRules } from '../lib/landings.ts';

export const getStaticPaths = () => [{ params: { hostFile: '_redirects' } }];

export const GET: APIRoute = async () => {
	const { links, tracking } = await getShortLinks();
	return new Response(redirectRules(links, tracking), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
