/**
 * Decap editor components, one per MDX component editors may use (src/components/mdx/index.ts).
 * Each writes the component with literal props only, in a form the build's MDX check accepts
 * (src/integrations/mdx-safety.ts), and reads it back; tests/unit/cms-editor-components.test.ts round-trips them.
 * Plain objects with no Decap or React import, so tests can use them directly.
 */

type Data = Record<string, string | undefined>;

export interface EditorComponent {
	id: string;
	label: string;
	fields: Array<Record<string, unknown>>;
	pattern: RegExp;
	fromBlock(match: RegExpMatchArray): Data;
	toBlock(data: Data): string;
	toPreview(data: Data, getAsset?: (path: string, field?: unknown) => unknown, fields?: unknown): string;
}

const ATTRIBUTES = String.raw`((?:\s+[A-Za-z]+="[^"]*")*)`;

/** A JSX attribute value: quotes and ampersands as character references, on one line. */
function encodeAttribute(value: string): string {
	return value.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function decodeEntities(value: string): string {
	return value
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function parseAttributes(source: string): Data {
	const data: Data = {};
	for (const match of source.matchAll(/([A-Za-z]+)="([^"]*)"/g)) data[match[1]] = decodeEntities(match[2]);
	return data;
}

function attributes(pairs: Array<[string, string | undefined]>): string {
	return pairs
		.filter(([, value]) => value !== undefined && value.trim() !== '')
		.map(([name, value]) => ` ${name}="${encodeAttribute(value as string)}"`)
		.join('');
}

/**
 * Text between tags: one line, Markdown and MDX syntax escaped, so it stays the plain text the
 * editor typed (no accidental emphasis, link, component or {expression}).
 */
export function encodeText(text: string): string {
	return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_{}[\]<>#|~&!]/g, (character) => `\\${character}`);
}

export function decodeText(text: string): string {
	return text.trim().replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const escapeHtml = (value = '') =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const figure: EditorComponent = {
	id: 'figure',
	label: '画像 / Figure',
	fields: [
		{
			name: 'src',
			label: '画像 / Image',
			widget: 'image',
			required: true,
			choose_url: false,
			media_library: { config: { max_file_size: 5 * 1024 * 1024 } },
			hint: 'JPEG・PNG・WebP・AVIF、5 MBまで / JPEG, PNG, WebP or AVIF up to 5 MB',
		},
		{
			name: 'alt',
			label: '画像の説明（代替テキスト）/ Description (alt text)',
			widget: 'string',
			required: true,
			hint: '写っているものを一文で / What the image shows, in one sentence',
		},
		{ name: 'caption', label: 'キャプション / Caption', widget: 'string', required: false },
	],
	pattern: new RegExp(String.raw`^<Figure${ATTRIBUTES}\s*\/>`),
	fromBlock: (match) => {
		const { src, alt, caption } = parseAttributes(match[1] ?? '');
		return { src, alt, caption };
	},
	toBlock: (data) =>
		`<Figure${attributes([
			['src', data.src],
			['alt', data.alt ?? ''],
			['caption', data.caption],
		])} />`,
	toPreview: (data, getAsset, fields) => {
		// Decap passes the fields as an Immutable list; the image field tells it where uploads live.
		const imageField = (fields as { find?: (test: (field: { get(key: string): unknown }) => boolean) => unknown } | undefined)?.find?.(
			(field) => field.get('widget') === 'image',
		);
		const url = data.src ? String(getAsset ? (getAsset(data.src, imageField) ?? '') : data.src) : '';
		return `<figure class="figure"><img src="${escapeHtml(url)}" alt="${escapeHtml(data.alt)}">${
			data.caption ? `<figcaption>${escapeHtml(data.caption)}</figcaption>` : ''
		}</figure>`;
	},
};

export const callout: EditorComponent = {
	id: 'callout',
	label: '注意書き / Call-out',
	fields: [
		{ name: 'title', label: '見出し / Heading', widget: 'string', required: false },
		{
			name: 'tone',
			label: '種類 / Kind',
			widget: 'select',
			default: 'info',
			required: true,
			options: [
				{ label: 'お知らせ / Information', value: 'info' },
				{ label: '重要 / Important', value: 'important' },
			],
		},
		{ name: 'text', label: '注意書きの文 / Call-out text', widget: 'text', required: true, hint: '書式のない文章 / Plain text' },
	],
	pattern: new RegExp(String.raw`^<Callout${ATTRIBUTES}\s*>([\s\S]*?)<\/Callout>`),
	fromBlock: (match) => {
		const { title, tone } = parseAttributes(match[1] ?? '');
		return { title, tone: tone ?? 'info', text: decodeText(match[2] ?? '') };
	},
	toBlock: (data) =>
		`<Callout${attributes([
			['title', data.title],
			['tone', data.tone === 'important' ? 'important' : 'info'],
		])}>${encodeText(data.text ?? '')}</Callout>`,
	toPreview: (data) =>
		`<aside class="callout callout--${data.tone === 'important' ? 'important' : 'info'}">${
			data.title ? `<p class="callout__title">${escapeHtml(data.title)}</p>` : ''
		}<div class="callout__body">${escapeHtml(data.text)}</div></aside>`,
};

export const buttonLink: EditorComponent = {
	id: 'button-link',
	label: 'ボタン / Button link',
	fields: [
		{ name: 'text', label: 'ボタンの文言 / Button text', widget: 'string', required: true },
		{
			name: 'href',
			label: 'リンク先 / Link',
			widget: 'string',
			required: true,
			pattern: ['^(https?://|mailto:|tel:|/|#)', 'https://…、/…、mailto: または tel: で始めてください / Start with https://, /, mailto: or tel:'],
			hint: '例 /ja/programmes/internship/ または https://… / e.g. /en/programmes/internship/ or https://…',
		},
	],
	pattern: new RegExp(String.raw`^<ButtonLink${ATTRIBUTES}\s*>([\s\S]*?)<\/ButtonLink>`),
	fromBlock: (match) => ({ href: parseAttributes(match[1] ?? '').href, text: decodeText(match[2] ?? '') }),
	toBlock: (data) => `<ButtonLink${attributes([['href', data.href ?? '']])}>${encodeText(data.text ?? '')}</ButtonLink>`,
	toPreview: (data) =>
		`<p class="button-link"><a class="button" href="${escapeHtml(data.href)}">${escapeHtml(data.text)}</a></p>`,
};

/** By the MDX component name each one writes. */
export const editorComponents: Record<string, EditorComponent> = { Figure: figure, Callout: callout, ButtonLink: buttonLink };
