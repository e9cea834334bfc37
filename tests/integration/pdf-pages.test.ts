/** The page counter of attachments, checked against poppler's pdfinfo on real PDFs (the build itself needs no poppler). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { pdfPageCount } from '../../src/lib/pdf-pages.ts';
import { projectRoot } from '../support/paths.ts';
import { pdfInfo } from '../support/pdf.ts';

const uploads = path.join(projectRoot, 'public/uploads/press');
const files = readdirSync(uploads).filter((name) => name.endsWith('.pdf'));

test.each(files)('%s: the count pdfinfo reads', (name) => {
	const pdf = readFileSync(path.join(uploads, name));
	expect(pdfPageCount(pdf)).toBe(Number(pdfInfo(pdf).Pages));
});

/** A PDF's skeleton: a catalog, a page tree (an intermediate /Pages node under the root) and n pages. */
function skeleton(pages: number): Buffer {
	const kids = Array.from({ length: pages }, (_, index) => `${index + 4} 0 R`).join(' ');
	const objects = [
		'1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj',
		`2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count ${pages} >>\nendobj`,
		`3 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [${kids}] /Count ${pages} >>\nendobj`,
		...Array.from({ length: pages }, (_, index) => `${index + 4} 0 obj\n<< /Type /Page /Parent 3 0 R >>\nendobj`),
	];
	return Buffer.from(`%PDF-1.4\n${objects.join('\n')}\n%%EOF\n`, 'latin1');
}

test('reads the root /Pages /Count, not an intermediate node or a page', () => {
	expect(pdfPageCount(skeleton(3))).toBe(3);
	expect(pdfPageCount(skeleton(12))).toBe(12);
});

test('counts /Page objects when the tree has no count, and gives up on what it cannot read', () => {
	expect(pdfPageCount(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n', 'latin1'))).toBe(2);
	expect(pdfPageCount(Buffer.from('%PDF-1.5\n1 0 obj << /Type /ObjStm /N 4 >> stream\nxx\nendstream endobj\n', 'latin1'))).toBeUndefined();
});
