import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { attachmentLinks, inspectAttachment } from '../../src/lib/attachments.ts';

const publicDir = mkdtempSync(path.join(tmpdir(), 'attachments-'));
mkdirSync(path.join(publicDir, 'uploads/press'), { recursive: true });
writeFileSync(path.join(publicDir, 'uploads/press/leaflet.pdf'), Buffer.alloc(1_600_000));
writeFileSync(path.join(publicDir, 'uploads/press/notes.docx'), 'x');
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

describe('inspectAttachment', () => {
	test('gives the format (upper-case extension) and size in bytes', () => {
		expect(inspectAttachment('/uploads/press/leaflet.pdf', 'content/press/ja/x.mdx', publicDir)).toEqual({ format: 'PDF', bytes: 1_600_000 });
		expect(inspectAttachment('/uploads/press/notes.docx', 'content/press/ja/x.mdx', publicDir)).toEqual({ format: 'DOCX', bytes: 1 });
	});

	test('a missing file fails, naming the entry, the field and the file expected', () => {
		const inspect = () => inspectAttachment('/uploads/press/gone.pdf', 'content/press/ja/x.mdx', publicDir);
		expect(inspect).toThrow('content/press/ja/x.mdx');
		expect(inspect).toThrow('attachments.file');
		expect(inspect).toThrow('public/uploads/press/gone.pdf');
	});
});

describe('attachmentLinks', () => {
	const pdf = Buffer.from(
		'%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n2 0 obj << /Type /Page /Parent 1 0 R >> endobj\n3 0 obj << /Type /Page /Parent 1 0 R >> endobj\n',
		'latin1',
	);
	writeFileSync(path.join(publicDir, 'uploads/press/two-pages.pdf'), pdf);

	test('a PDF says its page count, read from the file; every file says who made it', () => {
		const [site, bureau] = attachmentLinks(
			[
				{ file: '/uploads/press/two-pages.pdf', language: 'ja', title: 'Summary' },
				{ file: '/uploads/press/notes.docx', language: 'en', title: 'Notes', origin: 'bureau' },
			],
			'content/press/en/x.mdx',
			'en',
			publicDir,
		);
		expect(inspectAttachment('/uploads/press/two-pages.pdf', 'x', publicDir).pages).toBe(2);
		expect(site.description).toBe(`PDF, ${pdf.length} byte, 2 pages, Japanese`);
		expect(site.origin).toBe('Prepared for this website');
		expect(bureau.description).toBe('DOCX, 1 byte, English');
		expect(bureau.origin).toBe('Original material of the bureau');
	});
});
