/**
 * QR codes of campaign landings: the options every code is made with, the symbol as modules, an
 * accessible SVG, a raster for the PNG, file names and the cache key. Runs in Node and in the browser
 * (the CMS preview draws the same SVG); the PNG encoding and the cache are src/integrations/qr-codes.ts.
 */
import QRCode from 'qrcode';

/** Error correction Q (25 % of the symbol can be lost: folds, dirt, a logo) and the standard quiet zone of 4 modules. */
export const qrOptions = { errorCorrectionLevel: 'Q', margin: 4 } as const;

/** The PNG is at least this wide, in whole pixels per module so that every module prints the same. */
export const minPngWidth = 1200;

/** Bumped when the codes made change (this module, or the PNG encoding in src/integrations/qr-codes.ts), so cached ones are made again. */
const generator = 'lwit-qr-2';

export type QrFormat = 'svg' | 'png';
export const qrFormats: readonly QrFormat[] = ['svg', 'png'];

/** `/qr/internship.svg`: where a landing's code is published. */
export function qrPath(key: string, format: QrFormat): string {
	return `/qr/${key}.${format}`;
}

export interface QrSymbol {
	/** QR version, 1–40. */
	version: number;
	/** Modules per side, without the quiet zone. */
	size: number;
	/** Modules per side, with the quiet zone. */
	width: number;
	dark(row: number, column: number): boolean;
}

export function qrSymbol(text: string): QrSymbol {
	const code = QRCode.create(text, { errorCorrectionLevel: qrOptions.errorCorrectionLevel });
	const size = code.modules.size;
	return {
		version: code.version,
		size,
		width: size + 2 * qrOptions.margin,
		dark: (row, column) => Boolean(code.modules.get(row, column)),
	};
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The code as SVG: one path of dark runs on a white square, in module units. `role="img"` and a
 * `<title>` referenced by aria-labelledby give it its accessible name (e.g. the short URL).
 */
export function qrSvg(text: string, name: string, id = 'qr-title'): string {
	const symbol = qrSymbol(text);
	const margin = qrOptions.margin;
	let path = '';
	for (let row = 0; row < symbol.size; row += 1) {
		let column = 0;
		while (column < symbol.size) {
			if (!symbol.dark(row, column)) {
				column += 1;
				continue;
			}
			const start = column;
			while (column < symbol.size && symbol.dark(row, column)) column += 1;
			path += `M${start + margin} ${row + margin}h${column - start}v1h${start - column}z`;
		}
	}
	const side = symbol.width;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-labelledby="${id}">` +
		`<title id="${id}">${escapeXml(name)}</title>` +
		`<path fill="#fff" d="M0 0h${side}v${side}H0z"/><path fill="#000" d="${path}"/></svg>\n`
	);
}

/** Pixels per module of the PNG: the least whole number that makes it at least minPngWidth wide. */
export function pngScale(symbol: Pick<QrSymbol, 'width'>): number {
	return Math.ceil(minPngWidth / symbol.width);
}

/** The PNG's width in pixels for a text. */
export function qrPngWidth(text: string): number {
	const symbol = qrSymbol(text);
	return symbol.width * pngScale(symbol);
}

/** The PNG's pixels, one byte each (0 black, 255 white), row by row, quiet zone included. */
export function qrRaster(text: string): { width: number; scale: number; version: number; pixels: Uint8Array } {
	const symbol = qrSymbol(text);
	const scale = pngScale(symbol);
	const width = symbol.width * scale;
	const pixels = new Uint8Array(width * width).fill(255);
	const margin = qrOptions.margin;
	for (let row = 0; row < symbol.size; row += 1) {
		for (let column = 0; column < symbol.size; column += 1) {
			if (!symbol.dark(row, column)) continue;
			for (let y = 0; y < scale; y += 1) {
				const offset = ((row + margin) * scale + y) * width + (column + margin) * scale;
				pixels.fill(0, offset, offset + scale);
			}
		}
	}
	return { width, scale, version: symbol.version, pixels };
}

/** What a cached code depends on: the text, the format, the options and this module's output. */
export function qrCacheKey(text: string, format: QrFormat, name = ''): string {
	return JSON.stringify({ generator, text, format, name, ...qrOptions, minPngWidth });
}
