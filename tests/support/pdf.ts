/** Reading PDFs as a reader's tools do (poppler-utils: pdftotext, pdffonts, pdftoppm; .ci/run installs them). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function withFile<T>(pdf: Buffer, read: (file: string, folder: string) => T): T {
	const folder = mkdtempSync(path.join(tmpdir(), 'lwit-pdf-test-'));
	try {
		const file = path.join(folder, 'release.pdf');
		writeFileSync(file, pdf);
		return read(file, folder);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** The extracted text, with all white space removed (CJK titles wrap between any two characters). */
export function pdfText(pdf: Buffer): string {
	return withFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).replace(/\s+/g, '');
}

export interface PdfFont {
	name: string;
	embedded: boolean;
	subset: boolean;
}

export function pdfFonts(pdf: Buffer): PdfFont[] {
	const output = withFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
	return output
		.split('\n')
		.slice(2)
		.filter((line) => line.trim())
		.map((line) => {
			const columns = line.trim().split(/\s+/);
			// name type… encoding emb sub uni object ID: the flags are the 5th–3rd columns from the end.
			return { name: columns[0], embedded: columns.at(-5) === 'yes', subset: columns.at(-4) === 'yes' };
		});
}

/** pdfinfo's fields (Pages, Title, Tagged…). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
	const output = withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
	return Object.fromEntries(
		output.split('\n').flatMap((line) => {
			const match = /^([^:]+):\s*(.*)$/.exec(line);
			return match ? [[match[1], match[2]]] : [];
		}),
	);
}

/**
 * The share of dark pixels in a page's text area (inside 20 mm margins), rendered in grey at 40 dpi.
 * Blank glyphs still extract as text: only the rendering shows whether letters are drawn.
 */
export function inkRatio(pdf: Buffer, page = 1): number {
	return withFile(pdf, (file, folder) => {
		execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', String(page), '-l', String(page), file, path.join(folder, 'page')]);
		const name = readFileSync(path.join(folder, `page-${page}.pgm`));
		const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(name.subarray(0, 40).toString('latin1'));
		if (!header) throw new Error('pdftoppm did not write a PGM');
		const [width, height] = [Number(header[1]), Number(header[2])];
		const pixels = name.subarray(header[0].length);
		const margin = Math.round((20 / 25.4) * 40);
		let dark = 0;
		let total = 0;
		for (let y = margin; y < height - margin; y += 1) {
			for (let x = margin; x < width - margin; x += 1) {
				total += 1;
				if (pixels[y * width + x] < 160) dark += 1;
			}
		}
		return dark / total;
	});
}
