/**
 * Decap preview templates: each collection previewed with the site's own stylesheet and markup
 * classes (src/styles/global.css, registered as the preview style in cms/admin.ts), in the language
 * being edited (`lang` on the preview document and on the content).
 */
import type { ComponentType, ReactNode } from 'react';
import { createElement as h, Fragment, useEffect } from 'react';
import { isLocale, type Locale, localeInfo } from '../src/i18n/locales.ts';
import { landingPreviewParts } from './landing-preview.ts';
import en from '../src/i18n/ui/en.json' with { type: 'json' };
import ja from '../src/i18n/ui/ja.json' with { type: 'json' };
import ko from '../src/i18n/ui/ko.json' with { type: 'json' };
import zh from '../src/i18n/ui/zh.json' with { type: 'json' };

const strings: Record<Locale, Record<string, string>> = { ja, en, zh, ko };

function t(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
	const text = strings[locale][key] ?? strings[locale][`${key}_other`] ?? strings.en[key] ?? key;
	return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The slice of Immutable.js that Decap hands to preview templates. */
interface ImmutableLike {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
	toJS?(): unknown;
}

export interface PreviewProps {
	entry: ImmutableLike;
	collection: ImmutableLike;
	widgetFor(name: string): ReactNode;
	getAsset(path: string, field?: unknown): unknown;
	locale?: string;
	document?: Document;
}

const js = (value: unknown): unknown => (value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS?.() : value);
const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

function formatDate(value: unknown, locale: Locale, withTime = false): string {
	if (!value) return '';
	const date = new Date(String(value));
	if (Number.isNaN(date.getTime())) return String(value);
	return new Intl.DateTimeFormat(localeInfo[locale].tag, {
		dateStyle: 'long',
		...(withTime && { timeStyle: 'short' }),
		timeZone: 'Asia/Tokyo',
	}).format(date);
}

function field(collection: ImmutableLike, name: string): unknown {
	const fields = collection.get('fields') as { find?: (test: (f: ImmutableLike) => boolean) => unknown } | undefined;
	return fields?.find?.((f) => f.get('name') === name);
}

function Facts({ facts }: { facts: Array<[string, ReactNode]> }) {
	const shown = facts.filter(([, value]) => value !== '' && value != null);
	if (shown.length === 0) return null;
	return h(
		'div',
		{ className: 'facts' },
		h('dl', null, ...shown.map(([label, value]) => h('div', { className: 'facts__row', key: label }, h('dt', null, label), h('dd', null, value)))),
	);
}

/** Where the site is published (config `site_url`): landing previews show the short URL on it. */
export interface PreviewOptions {
	siteUrl: string;
}

type Extras = (props: PreviewProps, data: Record<string, unknown>, locale: Locale, options: PreviewOptions) => { eyebrow: string; before?: ReactNode; after?: ReactNode };

const extras: Record<string, Extras> = {
	programmes: (_props, data, locale) => {
		const period = data.period as { start?: string; end?: string } | undefined;
		const applications = data.applicationPeriod as { start?: string; end?: string } | undefined;
		const countries = data.countries as { count?: number; region?: string } | undefined;
		const range = (r?: { start?: string; end?: string }) => (r?.start ? `${formatDate(r.start, locale)} – ${formatDate(r.end, locale)}` : '');
		return {
			eyebrow: t(locale, 'programmes.title'),
			before: h(Facts, {
				facts: [
					[t(locale, 'programme.audience'), data.audience ? t(locale, `audience.${data.audience}`) : ''],
					[t(locale, 'programme.period'), range(period)],
					[t(locale, 'programme.applicationPeriod'), range(applications)],
					[
						t(locale, 'programme.countries'),
						countries?.count
							? countries.region
								? t(locale, 'countries.countInRegion', { count: countries.count, region: countries.region })
								: t(locale, 'countries.count', { count: countries.count })
							: '',
					],
					[t(locale, 'programme.eligibility'), text(data.eligibility)],
				],
			}),
		};
	},
	events: (_props, data, locale) => ({
		eyebrow: `${t(locale, 'events.title')} · ${formatDate(data.start, locale)}`,
		before: h(Facts, {
			facts: [
				[t(locale, 'event.when'), data.start ? `${formatDate(data.start, locale, true)} – ${formatDate(data.end, locale, true)} (${t(locale, 'event.tokyoTime')})` : ''],
				[t(locale, 'event.where'), [text((data.venue as Record<string, unknown>)?.name), text((data.venue as Record<string, unknown>)?.address)].filter(Boolean).join(', ')],
				[t(locale, 'event.online'), data.online ? text(data.onlineNote) || t(locale, 'event.onlineYes') : ''],
				[t(locale, 'event.programme'), text(data.programme)],
			],
		}),
	}),
	stories: (props, data, locale) => {
		const photo = text(data.photo);
		const src = photo ? String(props.getAsset(photo, field(props.collection, 'photo')) ?? '') : '';
		const country = text(data.country);
		return {
			eyebrow: `${t(locale, 'stories.title')} · ${formatDate(data.date, locale)}`,
			before: h(
				Fragment,
				null,
				data.example ? h('p', { className: 'notice notice--example', role: 'note' }, t(locale, 'story.example')) : null,
				src ? h('figure', { className: 'story__photo' }, h('img', { src, alt: text(data.photoAlt) })) : null,
				h('blockquote', { className: 'story__quote' }, h('p', null, text(data.quote)), h('footer', null, `— ${text(data.person)}`)),
				h(Facts, {
					facts: [
						[t(locale, 'story.country'), country ? (new Intl.DisplayNames([localeInfo[locale].tag], { type: 'region' }).of(country.toUpperCase()) ?? country) : ''],
						[t(locale, 'story.role'), text(data.role)],
						[t(locale, 'story.company'), text(data.company)],
						[t(locale, 'story.industry'), data.industry ? t(locale, `industry.${data.industry}`) : ''],
					],
				}),
			),
		};
	},
	press: (_props, data, locale) => {
		const attachments = (data.attachments as Array<Record<string, string>> | undefined) ?? [];
		return {
			eyebrow: `${t(locale, 'press.title')} · ${formatDate(data.date, locale)}`,
			before: h(Facts, { facts: [[t(locale, 'press.issuer'), [text(data.bureau), text(data.section)].filter(Boolean).join(' ')]] }),
			after:
				attachments.length > 0
					? h(
							'section',
							{ className: 'attachments' },
							h('h2', null, t(locale, 'press.attachments')),
							h('ul', null, ...attachments.map((a, i) => h('li', { key: i }, h('a', { href: a.file }, a.title), ` (${a.language ?? ''})`))),
						)
					: null,
		};
	},
	pages: () => ({ eyebrow: '' }),
	landings: (_props, data, locale, options) => ({ eyebrow: t(locale, 'site.project'), ...landingPreviewParts(data, locale, options.siteUrl) }),
};

/** The preview of one collection's entries. */
export function previewTemplate(collectionName: string, options: PreviewOptions): ComponentType<PreviewProps> {
	const extra = extras[collectionName] ?? extras.pages;
	return function Preview(props: PreviewProps) {
		const locale: Locale = isLocale(props.locale) ? props.locale : 'ja';
		const tag = localeInfo[locale].tag;
		useEffect(() => {
			if (props.document) props.document.documentElement.lang = tag;
		}, [props.document, tag]);
		const data = (js(props.entry.get('data')) ?? {}) as Record<string, unknown>;
		const title = text(data.title).trim();
		if (!title) {
			const shown = localeInfo[locale].fallbacks[0] ?? 'ja';
			return h(
				'main',
				{ lang: tag },
				h(
					'div',
					{ className: 'wrap' },
					h('p', { className: 'notice', role: 'note' }, t(locale, 'fallback.notice', { shown: localeInfo[shown].name })),
					h('p', null, 'この言語はまだ翻訳されていません。タイトルを入力すると翻訳として公開されます。/ Not translated yet: enter a title to publish a translation.'),
				),
			);
		}
		const { eyebrow, before, after } = extra(props, data, locale, options);
		return h(
			'main',
			{ lang: tag, id: 'main' },
			h(
				'div',
				{ className: 'wrap' },
				h(
					'article',
					{ className: 'entry' },
					eyebrow ? h('p', { className: 'entry__eyebrow' }, eyebrow) : null,
					h('h1', null, title),
					h('p', { className: 'entry__lead' }, text(data.description)),
					before ?? null,
					h('div', { className: 'prose' }, props.widgetFor('body')),
					after ?? null,
				),
			),
		);
	};
}

/** The collections that get a preview template (settings has none: it is not a page). */
export const previewCollections = ['programmes', 'events', 'stories', 'press', 'pages', 'landings'];
