/** DESIGN: no web fonts; a system font stack per language; Korean breaks between words; Japanese strictly; print styles. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFile, distFiles, htmlPages, page } from '../support/dist.ts';
import { attr, textOf } from '../support/html.ts';

/** All CSS a page uses: inline <style> and linked stylesheets. */
function cssOf(url: string): string {
	const inline = page(url)
		.all('style')
		.map((style) => textOf(style));
	const linked = page(url)
		.all('link[rel~=stylesheet][href]')
		.map((link) => distFile(attr(link, 'href')!))
		.filter((file): file is string => Boolean(file))
		.map((file) => readFileSync(file, 'utf8'));
	return [...inline, ...linked].join('\n');
}

/** The declarations of the first rule whose selector list is exactly `selector`. */
function rule(css: string, selector: string): string {
	const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?:^|[}\\s])${escaped}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
}

describe('styles', () => {
	const css = cssOf('/ja/');

	test('no web fonts: no @font-face, no font files, no font services', () => {
		expect(css).not.toMatch(/@font-face/);
		expect(distFiles().filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file) && !file.startsWith('/admin/'))).toEqual([]);
		const problems = htmlPages().filter((url) => /fonts\.(googleapis|gstatic)\.com|use\.typekit/.test(page(url).html));
		expect(problems).toEqual([]);
	});

	test('Japanese, Chinese and Korean have their own system font stacks', () => {
		expect(rule(css, ':lang(ja)')).toMatch(/font-family:[^;]*(Hiragino|Yu Gothic|Meiryo|Noto Sans (CJK )?JP)/);
		expect(rule(css, ':lang(zh-Hans)')).toMatch(/font-family:[^;]*(PingFang SC|Microsoft YaHei|Noto Sans (CJK )?SC)/);
		expect(rule(css, ':lang(ko)')).toMatch(/font-family:[^;]*(Apple SD Gothic Neo|Malgun Gothic|Noto Sans (CJK )?KR)/);
		const ja = rule(css, ':lang(ja)').match(/font-family:([^;]*)/)?.[1];
		const zh = rule(css, ':lang(zh-Hans)').match(/font-family:([^;]*)/)?.[1];
		expect(ja).not.toBe(zh);
	});

	test('Korean breaks lines between words only; Japanese uses strict line breaking', () => {
		expect(rule(css, ':lang(ko)')).toMatch(/word-break:\s*keep-all/);
		expect(rule(css, ':lang(ja)')).toMatch(/line-break:\s*strict/);
	});

	test('has a print stylesheet', () => {
		expect(css).toMatch(/@media print/);
	});

	test('every page carries the same styles (nothing unstyled)', () => {
		const unstyled = htmlPages().filter((url) => !/@media print/.test(cssOf(url)) && url !== '/404.html');
		expect(unstyled).toEqual([]);
	});

	test('focus is visible: :focus-visible has an outline', () => {
		expect(rule(css, ':focus-visible')).toMatch(/outline:\s*\d/);
	});
});
