/**
 * What the landing preview adds: the button, and what an editor needs to print the code without a
 * developer — the short URL it holds, the code itself (drawn here by the site's own src/lib/qr.ts)
 * and links to the published files and print sheet.
 */
import type { ReactNode } from 'react';
import { createElement as h } from 'react';
import type { Locale } from '../src/i18n/locales.ts';
import { printSheetPath, shortPath } from '../src/lib/landings.ts';
import { qrPath, qrSvg } from '../src/lib/qr.ts';

/** The short URL on the site's origin, or undefined while the key is not a valid key yet. */
export function landingShortUrl(siteUrl: string, key: unknown): string | undefined {
	if (typeof key !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) return undefined;
	return new URL(shortPath(key), siteUrl).href;
}

export function landingPreviewParts(data: Record<string, unknown>, locale: Locale, siteUrl: string): { before: ReactNode; after: ReactNode } {
	const cta = (data.cta ?? {}) as { label?: string };
	const before = cta.label ? h('p', { className: 'landing__action' }, h('span', { className: 'button' }, cta.label)) : null;
	const url = landingShortUrl(siteUrl, data.key);
	if (!url) return { before, after: h('p', { className: 'notice' }, 'キーを入力するとQRコードを表示します。/ Enter the key to see the QR code.') };
	const key = String(data.key);
	const file = (path: string) => new URL(path, siteUrl).href;
	const after = h(
		'aside',
		{ className: 'qr-preview', 'aria-label': 'QRコード / QR code' },
		h('h2', null, 'QRコード / QR code'),
		h('p', null, '短縮URL / Short link: ', h('code', null, url)),
		h('img', {
			className: 'qr-preview__code',
			src: `data:image/svg+xml,${encodeURIComponent(qrSvg(url, `QR code: ${url}`))}`,
			alt: `QR code: ${url}`,
			width: 164,
			height: 164,
		}),
		h(
			'p',
			null,
			'公開後のダウンロード / Downloads once published: ',
			h('a', { href: file(qrPath(key, 'svg')), download: `${key}.svg` }, 'SVG'),
			' · ',
			h('a', { href: file(qrPath(key, 'png')), download: `${key}.png` }, 'PNG'),
			' · ',
			h('a', { href: file(printSheetPath(locale, key)) }, '印刷用シート / Print sheet (A4)'),
		),
	);
	return { before, after };
}
