/**
 * /qr/<key>.png: a landing's code, encoding its absolute short URL (src/lib/qr.ts), made once per
 * content change and cached (src/integrations/qr-codes.ts). The extension in the file name keeps the
 * route free of the trailing slash every page has.
 */
import type { APIRoute } from 'astro';
import { qrCodeResponse } from '../../integrations/qr-codes.ts';
import { qrCodeContent, qrCodeStaticPaths } from '../../lib/landing-pages.ts';

export const getStaticPaths = qrCodeStaticPaths;
export const GET: APIRoute = async ({ params, site }) => qrCodeResponse(qrCodeContent(String(params.key), site), 'png');
