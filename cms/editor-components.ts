/**
 * Decap editor components, derived from the editor components' registry (src/lib/editor-components.ts):
 * the props, which are required, their allowed values and defaults come from there; this module adds
 * how the CMS presents them (labels, widgets, hints) and their preview markup. Each writes the
 * component with literal props only, in a form the build's MDX check (src/integrations/mdx-safety.ts)
 * accepts, and reads it back; tests/unit/cms-editor-components.test.ts round-trips them.
 * Plain objects with no Decap or React import, so tests can use them directly.
 */
import { type ComponentSpec, type EditorComponentName, editorComponentNames, editorComponentSpecs } from '../src/lib/editor-components.ts';

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

function writeAttributes(pairs: Array<[string, string | undefined]>): string {
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
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_{}[\]<>#|~&!]/g, (character) => `\\${character}`);
}

export function decodeText(text: string): string {
	return text.trim().replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const escapeHtml = (value = '') => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type PropsOf<N extends EditorComponentName> = (typeof editorComponentSpecs)[N]['props'];
type OptionsOf<P> = P extends { oneOf: readonly (infer V extends string)[] } ? { options: Record<V, string> } : { options?: never };
/** The text between the tags of a component that takes text, edited as the field `text`. */
type TextField<N extends EditorComponentName> = (typeof editorComponentSpecs)[N]['children'] extends 'text' ? 'text' : never;

/** How the CMS shows one field: everything but its name, requiredness, options' values and default. */
type FieldLook = { label: string; widget: string; hint?: string } & Record<string, unknown>;

/** How the CMS shows a component: its id and label, each field (in form order), and its preview. */
interface Presentation<N extends EditorComponentName> {
	id: string;
	label: string;
	fields: { [P in keyof PropsOf<N>]: FieldLook & OptionsOf<PropsOf<N>[P]> } & { [P in TextField<N>]: FieldLook };
	toPreview: EditorComponent['toPreview'];
}

const presentation: { [N in EditorComponentName]: Presentation<N> } = {
	Figure: {
		id: 'figure',
		label: '画像 / Figure',
		fields: {
			src: {
				label: '画像 / Image',
				widget: 'image',
				choose_url: false,
				media_library: { config: { max_file_size: 5 * 1024 * 1024 } },
				hint: 'JPEG・PNG・WebP・AVIF、5 MBまで / JPEG, PNG, WebP or AVIF up to 5 MB',
			},
			alt: {
				label: '画像の説明（代替テキスト）/ Description (alt text)',
				widget: 'string',
				hint: '写っているものを一文で / What the image shows, in one sentence',
			},
			caption: { label: 'キャプション / Caption', widget: 'string' },
		},
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
	},
	Callout: {
		id: 'callout',
		label: '注意書き / Call-out',
		fields: {
			title: { label: '見出し / Heading', widget: 'string' },
			tone: { label: '種類 / Kind', widget: 'select', options: { info: 'お知らせ / Information', important: '重要 / Important' } },
			text: { label: '注意書きの文 / Call-out text', widget: 'text', hint: '書式のない文章 / Plain text' },
		},
		toPreview: (data) =>
			`<aside class="callout callout--${data.tone === 'important' ? 'important' : 'info'}">${
				data.title ? `<p class="callout__title">${escapeHtml(data.title)}</p>` : ''
			}<div class="callout__body">${escapeHtml(data.text)}</div></aside>`,
	},
	ButtonLink: {
		id: 'button-link',
		label: 'ボタン / Button link',
		fields: {
			text: { label: 'ボタンの文言 / Button text', widget: 'string' },
			href: {
				label: 'リンク先 / Link',
				widget: 'string',
				pattern: ['^(https?://|mailto:|tel:|/|#)', 'https://…、/…、mailto: または tel: で始めてください / Start with https://, /, mailto: or tel:'],
				hint: '例 /ja/programmes/internship/ または https://… / e.g. /en/programmes/internship/ or https://…',
			},
		},
		toPreview: (data) => `<p class="button-link"><a class="button" href="${escapeHtml(data.href)}">${escapeHtml(data.text)}</a></p>`,
	},
};

/** A prop's value as written: one of the allowed values (else the default), or the text given. */
function written(spec: ComponentSpec['props'][string], value: string | undefined): string | undefined {
	if (spec.oneOf) return value !== undefined && spec.oneOf.includes(value) ? value : spec.default;
	return value;
}

function editorComponent(name: EditorComponentName): EditorComponent {
	const spec: ComponentSpec = editorComponentSpecs[name];
	const look = presentation[name];
	const props = Object.entries(spec.props);
	const fields = Object.entries(look.fields as Record<string, FieldLook & { options?: Record<string, string> }>).map(([field, { options, ...shown }]) => {
		const prop = spec.props[field];
		if (!prop) return { name: field, ...shown, required: true }; // the text between the tags
		return {
			name: field,
			...shown,
			...(prop.default !== undefined && { default: prop.default }),
			// A prop with a default is always written, so the form always has a value.
			required: Boolean(prop.required || prop.default !== undefined),
			...(prop.oneOf && { options: prop.oneOf.map((value) => ({ label: options?.[value] ?? value, value })) }),
		};
	});
	const takesText = spec.children === 'text';
	return {
		id: look.id,
		label: look.label,
		fields,
		pattern: new RegExp(takesText ? String.raw`^<${name}${ATTRIBUTES}\s*>([\s\S]*?)<\/${name}>` : String.raw`^<${name}${ATTRIBUTES}\s*\/>`),
		fromBlock: (match) => {
			const attributes = parseAttributes(match[1] ?? '');
			const data: Data = Object.fromEntries(props.map(([prop, rule]) => [prop, attributes[prop] ?? rule.default]));
			if (takesText) data.text = decodeText(match[2] ?? '');
			return data;
		},
		toBlock: (data) => {
			const attributes = writeAttributes(props.map(([prop, rule]) => [prop, written(rule, data[prop])]));
			return takesText ? `<${name}${attributes}>${encodeText(data.text ?? '')}</${name}>` : `<${name}${attributes} />`;
		},
		toPreview: look.toPreview,
	};
}

/** By the MDX component name each one writes. */
export const editorComponents = Object.fromEntries(editorComponentNames.map((name) => [name, editorComponent(name)])) as Record<
	EditorComponentName,
	EditorComponent
>;
