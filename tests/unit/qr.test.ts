/** QR codes (src/lib/qr.ts): options, the symbol, the accessible SVG, the PNG's raster (decoded with jsQR), the cache key. */
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { minPngWidth, pngScale, qrCacheKey, qrOptions, qrPath, qrPngWidth, qrRaster, qrSvg, qrSymbol } from '../../src/lib/qr.ts';

const url = 'https://letsworkintokyo.example/q/internship/';

/** jsQR reads RGBA pixels. */
function decodeRaster(raster: { width: number; pixels: Uint8Array }): string | undefined {
	const rgba = new Uint8ClampedArray(raster.width * raster.width * 4);
	for (const [index, value] of raster.pixels.entries()) rgba.set([value, value, value, 255], index * 4);
	return jsQR(rgba, raster.width, raster.width, { inversionAttempts: 'dontInvert' })?.data;
}

describe('QR codes', () => {
	test('use error correction Q and a quiet zone of 4 modules', () => {
		expect(qrOptions).toEqual({ errorCorrectionLevel: 'Q', margin: 4 });
		const symbol = qrSymbol(url);
		expect(symbol.size).toBe(17 + 4 * symbol.version);
		expect(symbol.width).toBe(symbol.size + 8);
	});

	test('the PNG raster is at least 1200 px in whole pixels per module, white around, and decodes to the URL', () => {
		const raster = qrRaster(url);
		const symbol = qrSymbol(url);
		expect(raster.width).toBeGreaterThanOrEqual(minPngWidth);
		expect(raster.width).toBe(symbol.width * raster.scale);
		expect(Number.isInteger(raster.scale)).toBe(true);
		expect(raster.scale).toBe(pngScale(symbol));
		expect(qrPngWidth(url)).toBe(raster.width);
		const quiet = 4 * raster.scale;
		const row = (y: number) => raster.pixels.subarray(y * raster.width, (y + 1) * raster.width);
		for (let y = 0; y < quiet; y += 1) expect(row(y).every((value) => value === 255)).toBe(true);
		expect(
			row(quiet)
				.slice(0, quiet)
				.every((value) => value === 255),
		).toBe(true);
		expect(row(quiet)[quiet]).toBe(0); // the finder pattern's corner
		expect(decodeRaster(raster)).toBe(url);
	});

	test('the SVG is an image named by its <title> (the short URL), escaped, on a white square', () => {
		const svg = qrSvg(url, `QR code: ${url}`, 'qr-internship');
		const side = qrSymbol(url).width;
		expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}"[^>]* role="img" aria-labelledby="qr-internship">`));
		expect(svg).toContain(`<title id="qr-internship">QR code: ${url}</title>`);
		expect(svg).toContain(`<path fill="#fff" d="M0 0h${side}v${side}H0z"/>`);
		expect(qrSvg(url, 'a < b & "c"')).toContain('<title id="qr-title">a &lt; b &amp; &quot;c&quot;</title>');
	});

	test('the SVG draws exactly the dark modules of the symbol', () => {
		const symbol = qrSymbol(url);
		const d = /<path fill="#000" d="([^"]+)"/.exec(qrSvg(url, url))![1];
		const drawn = new Set<string>();
		for (const [, x, y, length] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
			for (let i = 0; i < Number(length); i += 1) drawn.add(`${Number(y) - 4},${Number(x) - 4 + i}`);
		}
		let dark = 0;
		for (let row = 0; row < symbol.size; row += 1) {
			for (let column = 0; column < symbol.size; column += 1) {
				if (symbol.dark(row, column)) {
					dark += 1;
					expect(drawn.has(`${row},${column}`)).toBe(true);
				}
			}
		}
		expect(drawn.size).toBe(dark);
	});

	test('files are named by key and format', () => {
		expect(qrPath('internship', 'svg')).toBe('/qr/internship.svg');
		expect(qrPath('internship', 'png')).toBe('/qr/internship.png');
	});

	test('the cache key changes with the text, the format and the name, and only with them', () => {
		expect(qrCacheKey(url, 'png')).toBe(qrCacheKey(url, 'png'));
		const keys = new Set([qrCacheKey(url, 'png'), qrCacheKey(url, 'svg'), qrCacheKey(`${url}x`, 'png'), qrCacheKey(url, 'svg', 'named')]);
		expect(keys.size).toBe(4);
		expect(qrCacheKey(url, 'png')).toContain('"errorCorrectionLevel":"Q"');
	});
});
