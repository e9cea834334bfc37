import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { gzipSize, inlineScripts, linkedStylesheets, pageWeight } from '../../scripts/support/page-weight.ts';

const root = mkdtempSync(path.join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('linkedStylesheets', () => {
	test('finds local stylesheets whatever the attribute order', () => {
		const html =
			'<link rel="stylesheet" href="/_astro/a.css"><link href="/_astro/b.css" rel="stylesheet"><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="https://cdn.example/c.css">';
		expect(linkedStylesheets(html, root)).toEqual([path.join(root, '/_astro/a.css'), path.join(root, '/_astro/b.css')]);
	});
});

describe('pageWeight', () => {
	test('adds the gzipped HTML and the gzipped stylesheets it links', () => {
		const css = 'body { color: red; }'.repeat(50);
		const html = `<!doctype html><link rel="stylesheet" href="/_astro/site.css"><p>${'Hello '.repeat(100)}</p>`;
		mkdirSync(path.join(root, '_astro'), { recursive: true });
		mkdirSync(path.join(root, 'en/stories/x'), { recursive: true });
		writeFileSync(path.join(root, '_astro/site.css'), css);
		writeFileSync(path.join(root, 'en/stories/x/index.html'), html);
		const weight = pageWeight(root, '/en/stories/x/');
		expect(weight.htmlBytes).toBe(Buffer.byteLength(html));
		expect(weight.htmlGzip).toBe(gzipSync(html).length);
		expect(weight.cssGzip).toBe(gzipSync(css).length);
		expect(weight.totalGzip).toBe(weight.htmlGzip + weight.cssGzip);
	});
});

describe('gzipSize', () => {
	test('is the gzipped length', () => {
		expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
	});
});

describe('inlineScripts', () => {
	test('finds scripts but not JSON-LD data blocks', () => {
		const html = '<script type="application/ld+json">{"a":1}</script><script>run()</script><script type="module" src="/x.js"></script>';
		expect(inlineScripts(html)).toEqual(['run()', '']);
	});
});
