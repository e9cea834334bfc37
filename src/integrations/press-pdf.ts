/**
 * The PDF of a release in one language (pdfkit, A4): title, date, issuer, body, contact and the QR code
 * of its page, in the embedded, subset Noto Sans face of its language, tagged, with the language and
 * title in its metadata. Lines are broken here (src/lib/line-break.ts), not by pdfkit: pdfkit breaks
 * Korean between syllables and knows no kinsoku. Bytes depend on the input only (no build time).
 * The fonts are optional dependencies; the cache is src/integrations/press-pdf-cache.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Locale } from '../i18n/locales.ts';
import { type BreakStyle, breakLines } from '../lib/line-break.ts';
import { qrSymbol } from '../lib/qr.ts';
import type { ReleasePdfInput } from '../lib/release-document.ts';

/** Bumped when the PDFs this module makes change, so cached PDFs are made again. */
export const pdfGenerator = 'lwit-pdf-1';

/** The font package of each language; English uses the Japanese face, whose Latin is complete. */
const fontPackages: Record<Locale, string> = {
	ja: '@expo-google-fonts/noto-sans-jp',
	en: '@expo-google-fonts/noto-sans-jp',
	zh: '@expo-google-fonts/noto-sans-sc',
	ko: '@expo-google-fonts/noto-sans-kr',
};
const fontNames: Record<string, string> = {
	'@expo-google-fonts/noto-sans-jp': 'NotoSansJP',
	'@expo-google-fonts/noto-sans-sc': 'NotoSansSC',
	'@expo-google-fonts/noto-sans-kr': 'NotoSansKR',
};

export interface FontFiles {
	/** Package and version, for the cache key. */
	id: string;
	regular: string;
	bold: string;
}

/** Finds a package's package.json; the default resolves from this project's node_modules. */
export type PackageResolver = (specifier: string) => string;
const defaultResolver: PackageResolver = (specifier) => createRequire(import.meta.url).resolve(specifier);

/** The static TTF files of a language's font (never the package's JS); a clear error if the package is not installed. */
export function fontFiles(locale: Locale, resolve: PackageResolver = defaultResolver): FontFiles {
	const name = fontPackages[locale] ?? fontPackages.ja;
	let manifest: string;
	try {
		manifest = resolve(`${name}/package.json`);
	} catch {
		throw new Error(
			`The release PDFs need the font package ${name}, which is not installed. It is an optional dependency (about 40 MB): run \`npm install\` without --omit=optional.`,
		);
	}
	const folder = path.dirname(manifest);
	const family = fontNames[name];
	const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
	return {
		id: `${name}@${version}`,
		regular: path.join(folder, '400Regular', `${family}_400Regular.ttf`),
		bold: path.join(folder, '700Bold', `${family}_700Bold.ttf`),
	};
}

/**
 * Fonts parsed once per process and shared by every PDF: a CJK face is 5–11 MB, and its first
 * layout (reading the substitution tables) costs more than a whole PDF once it is warm.
 */
const parsedFonts = new Map<string, fontkit.Font>();
const parsedFont = (file: string) => {
	let font = parsedFonts.get(file);
	if (!font) {
		font = fontkit.create(readFileSync(file)) as fontkit.Font;
		parsedFonts.set(file, font);
	}
	return font;
};

const mm = 72 / 25.4;
const margin = 20 * mm;
const pageWidth = 595.28;
const pageHeight = 841.89;
const textWidth = pageWidth - 2 * margin;
const bottom = pageHeight - margin - 10;
const sizes = { body: 10.5, h1: 17, h2: 13, h3: 11.5, small: 8.5 };
const grey = '#555555';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** Draws lines of one font and size from y, starting new pages as needed; returns the y below them. */
function drawText(
	doc: Doc,
	parent: Struct,
	tag: string,
	text: string,
	options: { font: string; size: number; x?: number; width?: number; style: BreakStyle; gap?: number },
) {
	const x = options.x ?? margin;
	const width = options.width ?? textWidth;
	doc.font(options.font).fontSize(options.size);
	const lineHeight = options.size * 1.6;
	const lines = breakLines(text, width, (line) => doc.widthOfString(line), options.style);
	let index = 0;
	while (index < lines.length) {
		if (doc.y + lineHeight > bottom) doc.addPage();
		const room = Math.max(1, Math.floor((bottom - doc.y) / lineHeight));
		const chunk = lines.slice(index, index + room);
		const top = doc.y;
		// One structure element per page: marked content never spans a page break.
		parent.add(
			doc.struct(tag, {}, () => {
				chunk.forEach((line, row) => {
					doc.text(line, x, top + row * lineHeight + (lineHeight - options.size) / 2, { lineBreak: false });
				});
			}),
		);
		doc.y = top + chunk.length * lineHeight;
		index += chunk.length;
	}
	doc.y += options.gap ?? 0;
}

function rule(doc: Doc, y: number) {
	doc.markContent('Artifact', { type: 'Layout' });
	doc
		.moveTo(margin, y)
		.lineTo(pageWidth - margin, y)
		.lineWidth(0.5)
		.strokeColor('#999999')
		.stroke();
	doc.endMarkedContent();
}

/** The QR code as filled squares (crisp at any zoom), its modules from src/lib/qr.ts. */
function drawQr(doc: Doc, parent: Struct, url: string, x: number, y: number, side: number) {
	const symbol = qrSymbol(url);
	const module = side / symbol.width;
	parent.add(
		doc.struct('Figure', { alt: url }, () => {
			doc.rect(x, y, side, side).fill('#ffffff');
			for (let row = 0; row < symbol.size; row += 1) {
				for (let column = 0; column < symbol.size; column += 1) {
					if (symbol.dark(row, column)) doc.rect(x + (column + 4) * module, y + (row + 4) * module, module, module);
				}
			}
			doc.fill('#000000');
		}),
	);
}

/** The PDF's bytes. */
export async function releasePdf(input: ReleasePdfInput, resolve?: PackageResolver): Promise<Buffer> {
	const fonts = fontFiles(input.locale, resolve);
	const style: BreakStyle = input.locale === 'ja' || input.locale === 'zh' ? 'cjk' : 'spaces';
	const doc = new PDFDocument({
		// Our own face from the start: the default, Helvetica, would be parsed for every document.
		font: parsedFont(fonts.regular) as never,
		size: 'A4',
		margin,
		bufferPages: true,
		autoFirstPage: true,
		pdfVersion: '1.7',
		tagged: true,
		lang: input.lang,
		displayTitle: true,
		info: { Title: input.title, Author: input.siteName, Creator: input.siteName, Producer: pdfGenerator, CreationDate: input.date, ModDate: input.date },
	});
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	// pdfkit takes a parsed font as it takes a file (any object with layout()); its types say only files.
	doc.registerFont('regular', parsedFont(fonts.regular) as never);
	doc.registerFont('bold', parsedFont(fonts.bold) as never);

	const root = doc.struct('Document');
	doc.addStructure(root);
	const text = (tag: string, value: string, font: string, size: number, gap = 0, x?: number, width?: number) =>
		drawText(doc, root, tag, value, { font, size, style, gap, x, width });

	doc.y = margin;
	text('P', input.siteName, 'regular', sizes.small, 6);
	text('H1', input.title, 'bold', sizes.h1, 8);
	for (const fact of input.facts) text('P', `${fact.label}: ${fact.value}`, 'regular', sizes.body);
	doc.y += 6;
	rule(doc, doc.y);
	doc.y += 10;

	for (const block of input.blocks) {
		if (block.type === 'heading') {
			if (doc.y + 60 > bottom) doc.addPage();
			doc.y += 6;
			text(block.depth <= 2 ? 'H2' : 'H3', block.text, 'bold', block.depth <= 2 ? sizes.h2 : sizes.h3, 3);
		} else if (block.type === 'paragraph') {
			text('P', block.text, 'regular', sizes.body, 6);
		} else if (block.type === 'list') {
			const list = doc.struct('L');
			root.add(list);
			block.items.forEach((item, index) => {
				const marker = block.ordered ? `${index + 1}.` : '•';
				const item_ = doc.struct('LI');
				list.add(item_);
				const top = doc.y;
				drawText(doc, item_, 'Lbl', marker, { font: 'regular', size: sizes.body, style, width: 14 });
				doc.y = top;
				drawText(doc, item_, 'LBody', item, { font: 'regular', size: sizes.body, style, x: margin + 16, width: textWidth - 16, gap: 2 });
				item_.end();
			});
			list.end();
			doc.y += 4;
		} else {
			const table = doc.struct('Table');
			root.add(table);
			const firstWidth = textWidth * 0.3;
			block.rows.forEach((cells, rowIndex) => {
				const row = doc.struct('TR');
				table.add(row);
				if (doc.y + (rowIndex === 0 ? 80 : 40) > bottom) doc.addPage();
				rule(doc, doc.y);
				const top = doc.y + 4;
				let below = top;
				cells.forEach((cell, column) => {
					doc.y = top;
					const x = column === 0 ? margin : margin + firstWidth + 8;
					const width = column === 0 ? firstWidth : textWidth - firstWidth - 8;
					drawText(doc, row, rowIndex === 0 ? 'TH' : 'TD', cell, {
						font: rowIndex === 0 || column === 0 ? 'bold' : 'regular',
						size: sizes.body,
						style,
						x,
						width,
					});
					below = Math.max(below, doc.y);
				});
				row.end();
				doc.y = below + 4;
			});
			rule(doc, doc.y);
			table.end();
			doc.y += 10;
		}
	}

	// Contact and QR code, kept together on one page.
	const qrSide = 32 * mm;
	if (doc.y + qrSide + 40 > bottom) doc.addPage();
	doc.y += 6;
	rule(doc, doc.y);
	doc.y += 10;
	const contactTop = doc.y;
	const contactWidth = textWidth - qrSide - 12;
	text('H2', input.contact.heading, 'bold', sizes.h2, 3, margin, contactWidth);
	for (const line of input.contact.lines) text('P', line, 'regular', sizes.body, 0, margin, contactWidth);
	drawQr(doc, root, input.url, pageWidth - margin - qrSide, contactTop, qrSide);
	doc.y = Math.max(doc.y, contactTop + qrSide) + 4;
	text('P', input.url, 'regular', sizes.small, 0);

	// Page numbers as artifacts: not part of the text a reader's software reads out.
	const range = doc.bufferedPageRange();
	for (let page = range.start; page < range.start + range.count; page += 1) {
		doc.switchToPage(page);
		// Below the bottom margin, where pdfkit would otherwise start a new page.
		doc.page.margins.bottom = 0;
		doc.markContent('Artifact', { type: 'Pagination' });
		doc.font('regular').fontSize(sizes.small).fillColor(grey);
		doc.text(`${page + 1} / ${range.count}`, margin, pageHeight - margin + 4, { width: textWidth, align: 'right', lineBreak: false });
		doc.endMarkedContent();
		doc.fillColor('#000000');
	}
	root.end();
	doc.end();
	return done;
}
