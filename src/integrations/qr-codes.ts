/**
 * QR code files for the build (the /qr/<key>.svg and .png endpoints): made once per content change
 * and cached by text + options in node_modules/.cache/lwit-qr/ (delete the folder to make them again).
 * What a code looks like is src/lib/qr.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { type QrFormat, qrCacheKey, qrRaster, qrSvg } from '../lib/qr.ts';

/** The cache folder, relative to the project root (the build's working directory). */
export const qrCacheFolder = 'node_modules/.cache/lwit-qr';

/** Codes made and codes read from the cache in this process (for the benchmark). */
export const qrCacheStats = { made: 0, cached: 0 };

async function makeQrCode(text: string, format: QrFormat, name: string): Promise<Buffer> {
	if (format === 'svg') return Buffer.from(qrSvg(text, name));
	const { width, pixels } = qrRaster(text);
	return sharp(Buffer.from(pixels), { raw: { width, height: width, channels: 1 } })
		.toColourspace('b-w')
		.png({ compressionLevel: 9 })
		.toBuffer();
}

const contentTypes: Record<QrFormat, string> = { svg: 'image/svg+xml', png: 'image/png' };

/** The endpoint's answer: the code file, from the cache when it can. */
export async function qrCodeResponse(code: { text: string; name: string }, format: QrFormat): Promise<Response> {
	const body = await cachedQrCode(code.text, format, code.name);
	return new Response(new Uint8Array(body), { headers: { 'Content-Type': contentTypes[format] } });
}

/** A code's file content: from the cache when the same text and options were made before. */
export async function cachedQrCode(text: string, format: QrFormat, name: string, root = process.cwd()): Promise<Buffer> {
	const hash = createHash('sha256')
		.update(qrCacheKey(text, format, name))
		.digest('hex')
		.slice(0, 24);
	const folder = path.join(root, qrCacheFolder);
	const file = path.join(folder, `${hash}.${format}`);
	try {
		const cached = readFileSync(file);
		qrCacheStats.cached += 1;
		return cached;
	} catch {
		const made = await makeQrCode(text, format, name);
		mkdirSync(folder, { recursive: true });
		// Written aside and renamed: builds running side by side never read half a file.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, made);
		renameSync(partial, file);
		qrCacheStats.made += 1;
		return made;
	}
}
