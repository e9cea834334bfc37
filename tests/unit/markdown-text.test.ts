/** Short Markdown in frontmatter (FAQ answers, notices): its own markup only, everything else escaped. */
import { describe, expect, test } from 'vitest';
import { markdownLinkProblems, markdownToHtml, markdownToPlainText } from '../../src/lib/markdown-text.ts';

describe('markdownToHtml', () => {
	test('paragraphs, links, bold and italic', () => {
		expect(markdownToHtml('See [the guide](/en/guides/x/) **now**.\n\nAnd *then* _this_.')).toBe(
			'<p>See <a href="/en/guides/x/">the guide</a> <strong>now</strong>.</p>\n<p>And <em>then</em> <em>this</em>.</p>',
		);
	});

	test('bulleted and numbered lists, with a continuation line', () => {
		expect(markdownToHtml('Intro\n- one\n- two\n  more\n\n1. first\n2. second')).toBe(
			'<p>Intro</p>\n<ul><li>one</li><li>two\nmore</li></ul>\n<ol><li>first</li><li>second</li></ol>',
		);
	});

	test('escapes HTML and shows unsafe links as text', () => {
		const html = markdownToHtml('<script>alert(1)</script> [x](javascript:alert(1)) "q" & <b>');
		expect(html).not.toMatch(/<script|<b>|href="javascript/);
		expect(html).toContain('&lt;script&gt;');
		expect(html).toContain('&quot;q&quot; &amp; &lt;b&gt;');
	});

	test('reads the CMS’s backslash escapes as the characters', () => {
		expect(markdownToHtml('1\\. not a list, 3 \\* 4')).toBe('<p>1. not a list, 3 * 4</p>');
	});

	test('keeps underscores inside words (snake_case) as text', () => {
		expect(markdownToHtml('file_name_here')).toBe('<p>file_name_here</p>');
	});

	test('can make site paths absolute', () => {
		expect(markdownToHtml('[a](/ja/faq/)', { href: (url) => `https://example.org${url}` })).toBe('<p><a href="https://example.org/ja/faq/">a</a></p>');
	});
});

describe('markdownLinkProblems', () => {
	test('accepts site paths, anchors, https, mailto and tel', () => {
		expect(markdownLinkProblems('[a](/ja/x/) [b](#cost) [c](https://www.moj.go.jp/isa/) [d](mailto:a@b.jp) [e](tel:+81353204628)')).toEqual([]);
	});

	test('names a link with another scheme', () => {
		expect(markdownLinkProblems('- [x](javascript:alert(1))')).toEqual([expect.stringMatching(/javascript/)]);
		expect(markdownLinkProblems('[x](data:text/html,hi)')).toHaveLength(1);
	});
});

describe('markdownToPlainText', () => {
	test('keeps link texts, drops addresses and markup', () => {
		expect(markdownToPlainText('See [the guide](/en/guides/x/) **now**.\n\n- a\n- b')).toBe('See the guide now.\n\n• a\n• b');
	});
});
