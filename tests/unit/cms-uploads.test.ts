/**
 * Upload rules (src/lib/uploads-rules.ts) and the build's upload check (src/integrations/uploads-check.ts): types and
 * sizes, safe names, and messages that name the file and the content field that uses it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkUploads, mediaReferences, uploadProblem, uploadRules } from '../../src/integrations/uploads-check.ts';

describe('upload rules', () => {
	it('allow images and attachments of the listed types within the size limit', () => {
		expect(uploadProblem('image', 'photo.JPG', 1000)).toBeUndefined();
		expect(uploadProblem('image', 'photo.webp', uploadRules.image.maxBytes)).toBeUndefined();
		expect(uploadProblem('file', 'leaflet.pdf', 9 * 1024 * 1024)).toBeUndefined();
	});

	it('refuse other types and larger files, saying why in Japanese and English', () => {
		expect(uploadProblem('image', 'logo.svg', 100)).toMatch(
			/「logo\.svg」はアップロードできません[\s\S]*“logo\.svg” cannot be uploaded: only JPEG, PNG, WebP or AVIF images/,
		);
		expect(uploadProblem('image', 'leaflet.pdf', 100)).toMatch(/cannot be uploaded/);
		expect(uploadProblem('file', 'tool.exe', 100)).toMatch(/cannot be uploaded/);
		expect(uploadProblem('file', 'page.html', 100)).toMatch(/cannot be uploaded/);
		expect(uploadProblem('image', 'big.jpg', uploadRules.image.maxBytes + 1)).toMatch(/is too large \(5\.0 MB\); the limit is 5\.0 MB/);
		expect(uploadProblem('file', 'big.pdf', 11 * 1024 * 1024)).toMatch(/is too large \(11\.0 MB\); the limit is 10\.0 MB/);
	});
});

describe('the build’s upload check', () => {
	let root: string | undefined;
	afterEach(() => {
		if (root) rmSync(root, { recursive: true, force: true });
		root = undefined;
	});

	function project(files: Record<string, string | Buffer>) {
		root = mkdtempSync(path.join(tmpdir(), 'cms-uploads-'));
		for (const [file, content] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
			writeFileSync(path.join(root, file), content);
		}
		return root;
	}

	const press = (file: string) => `---\nkey: a\ntitle: x\nattachments:\n  - file: ${file}\n    language: ja\n    title: leaflet\n---\n`;

	it('finds the uploads content refers to, with the field', async () => {
		const story = '---\nkey: a\nphoto: ../../media/stories/a.jpg\n---\n\n<Figure src="/media/figures/b.png" alt="b" />\n';
		expect(await mediaReferences('content/stories/ja/a.mdx', story)).toEqual([
			{ file: 'content/stories/ja/a.mdx', field: 'photo', target: 'content/media/stories/a.jpg' },
			{ file: 'content/stories/ja/a.mdx', field: 'body (Figure, line 6)', target: 'content/media/figures/b.png' },
		]);
		expect(await mediaReferences('content/press/ja/a.mdx', press('/uploads/press/x.pdf'))).toEqual([
			{ file: 'content/press/ja/a.mdx', field: 'attachments[0].file', target: 'public/uploads/press/x.pdf' },
		]);
	});

	it('passes a clean project', async () => {
		project({
			'content/press/ja/a.mdx': press('/uploads/press/leaflet-ja.pdf'),
			'public/uploads/press/leaflet-ja.pdf': '%PDF-1.4',
			'content/media/stories/a.jpg': 'jpeg',
		});
		expect(await checkUploads(root as string)).toEqual([]);
	});

	it('names the file, the rule and the field that uses it', async () => {
		project({
			'content/press/ja/a.mdx': press('/uploads/press/run.exe'),
			'content/press/en/a.mdx': press('/uploads/press/missing.pdf'),
			'public/uploads/press/run.exe': 'MZ',
			'public/uploads/press/Big Leaflet.pdf': Buffer.alloc(11 * 1024 * 1024),
			'public/uploads/press/Leaflet.pdf': '%PDF',
			'content/media/figures/drawing.svg': '<svg/>',
		});
		expect((await checkUploads(root as string)).sort()).toEqual(
			[
				'content/media/figures/drawing.svg: “drawing.svg” cannot be uploaded: only JPEG, PNG, WebP or AVIF images (jpg, jpeg, png, webp, avif) are allowed.',
				'content/press/en/a.mdx: attachments[0].file points to public/uploads/press/missing.pdf, which does not exist; upload it in the CMS.',
				'public/uploads/press/Big Leaflet.pdf: “Big Leaflet.pdf” is too large (11.0 MB); the limit is 10.0 MB.',
				'public/uploads/press/Leaflet.pdf: the name must use lower-case letters, digits, dots, hyphens and underscores only',
				'public/uploads/press/run.exe: “run.exe” cannot be uploaded: only PDF, Word, Excel, PowerPoint, CSV, text or image files (pdf, docx, xlsx, pptx, csv, txt, jpg, jpeg, png, webp) are allowed. (used by content/press/ja/a.mdx attachments[0].file)',
			].sort(),
		);
	});
});
