/**
 * /qr/<key>.svg and /qr/<key>.png: each landing's code, encoding its absolute short URL (src/lib/qr.ts),
 * made once per content change and cached (src/integrations/qr-codes.ts).
 */
import type { APIRoute } from 'astro';
import { cachedQrCode } from '../../integrations/qr-codes.ts';
import { qrCodeContent, qrCodeStaticPaths } from '../../lib/landing-pages.ts';
import type { QrFormat } from '../../lib/qr.ts';

export const getStaticPaths = qrCodeStaticPaths;
const contentTypes: Record<QrFormat, string> = { svg: 'image/svg+xml', png: 'image/png' };

export const GET: APIRoute = async ({ props, site }) => {
	const { key, format } = props as { key: string; format: QrFormat };
	const { text, name } = qrCodeContent(key, site);
	return new Response(new Uint8Array(await cachedQrCode(text, format, name)), { headers: { 'Content-Type': contentTypes[format] } });
};
