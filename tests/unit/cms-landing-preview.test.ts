/** The landing preview in the CMS: the short URL on the configured site, the code drawn from it, the downloads. */
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { landingPreviewParts, landingShortUrl } from '../../cms/landing-preview.ts';
import { qrSvg } from '../../src/lib/qr.ts';

const site = 'https://www.example.lg.jp';
const render = (data: Record<string, unknown>, locale: 'ja' | 'en' = 'ja') => {
	const { before, after } = landingPreviewParts(data, locale, site);
	return renderToStaticMarkup(createElement(Fragment, null, before, after));
};

describe('landing preview', () => {
	test('shows the short URL on the configured site once the key is valid', () => {
		expect(landingShortUrl(site, 'internship')).toBe('https://www.example.lg.jp/q/internship/');
		expect(landingShortUrl(site, 'Not a key')).toBeUndefined();
		expect(landingShortUrl(site, undefined)).toBeUndefined();
	});

	test('draws the code of that URL with the site’s own QR module, and links to the files and the print sheet', () => {
		const html = render({ key: 'internship', cta: { label: 'インターンシップの詳細を見る' } });
		expect(html).toContain('<code>https://www.example.lg.jp/q/internship/</code>');
		expect(html).toContain(qrSvg('https://www.example.lg.jp/q/internship/', 'QR code: https://www.example.lg.jp/q/internship/', 'qr-preview-internship').trim());
		expect(html).toContain('href="https://www.example.lg.jp/qr/internship.svg"');
		expect(html).toContain('href="https://www.example.lg.jp/qr/internship.png"');
		expect(html).toContain('href="https://www.example.lg.jp/ja/campaigns/internship/print/"');
		expect(html).toContain('インターンシップの詳細を見る');
	});

	test('asks for the key before there is one', () => {
		expect(render({ title: 'x' })).toMatch(/Enter the key/);
	});
});
