/** The landing preview in the CMS: the short URL on the configured site, the code drawn from it, the downloads. */
import { isValidElement, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { landingPreviewParts, landingShortUrl } from '../../cms/landing-preview.ts';
import { qrSvg } from '../../src/lib/qr.ts';

const site = 'https://www.example.lg.jp';
/** The preview's elements as text: what they say, their links and the code image's SVG. */
function render(data: Record<string, unknown>, locale: 'ja' | 'en' = 'ja'): string {
	const parts: string[] = [];
	const walk = (node: ReactNode) => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (typeof node === 'string' || typeof node === 'number') parts.push(String(node));
		else if (isValidElement(node)) {
			const props = node.props as { href?: string; src?: string; alt?: string; children?: ReactNode };
			if (node.type === 'code') parts.push(`<code>${props.children}</code>`);
			else walk(props.children);
			if (props.href) parts.push(`href="${props.href}"`);
			if (props.src?.startsWith('data:image/svg+xml,'))
				parts.push(`<img alt="${props.alt}">`, decodeURIComponent(props.src.slice('data:image/svg+xml,'.length)));
		}
	};
	const { before, after } = landingPreviewParts(data, locale, site);
	walk([before, after]);
	return parts.join('\n');
}

describe('landing preview', () => {
	test('shows the short URL on the configured site once the key is valid', () => {
		expect(landingShortUrl(site, 'internship')).toBe('https://www.example.lg.jp/q/internship/');
		expect(landingShortUrl(site, 'Not a key')).toBeUndefined();
		expect(landingShortUrl(site, undefined)).toBeUndefined();
	});

	test('draws the code of that URL with the site’s own QR module, and links to the files and the print sheet', () => {
		const html = render({ key: 'internship', cta: { label: 'インターンシップの詳細を見る' } });
		expect(html).toContain('<code>https://www.example.lg.jp/q/internship/</code>');
		expect(html).toContain(qrSvg('https://www.example.lg.jp/q/internship/', 'QR code: https://www.example.lg.jp/q/internship/'));
		expect(html).toContain('<img alt="QR code: https://www.example.lg.jp/q/internship/">');
		expect(html).toContain('href="https://www.example.lg.jp/qr/internship.svg"');
		expect(html).toContain('href="https://www.example.lg.jp/qr/internship.png"');
		expect(html).toContain('href="https://www.example.lg.jp/ja/campaigns/internship/print/"');
		expect(html).toContain('インターンシップの詳細を見る');
	});

	test('asks for the key before there is one', () => {
		expect(render({ title: 'x' })).toMatch(/Enter the key/);
	});
});
