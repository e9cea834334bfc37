/** /press-kits/<key>.zip: a release's press kit (src/lib/press-kit.ts), one for every language. */
import type { APIRoute } from 'astro';
import { releaseKit } from '../../integrations/press-files.ts';
import { getLocalizedEntries, type LocalizedEntry } from '../../lib/entries.ts';

export async function getStaticPaths() {
	return (await getLocalizedEntries('press', 'ja')).map((item) => ({ params: { key: item.key }, props: { item } }));
}

export const GET: APIRoute = async ({ props, site }) => {
	const { item } = props as { item: LocalizedEntry<'press'> };
	const zip = await releaseKit(item, site);
	return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
};
