import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inspectAttachment } from '../../src/lib/attachments.ts';

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
