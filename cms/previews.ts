/**
 * Decap preview templates: each collection previewed with the site's own stylesheet and markup
 * classes (src/styles/global.css, registered as the preview style in cms/admin.ts), in the language
 * being edited (`lang` on the preview document and on the content). What a page says besides its text
 * (the line above the title, the key facts) comes from the same src/lib functions the pages call.
 */
import type { ComponentType, ReactNode } from 'react';
import { Fragment, createElement as h, useEffect } from 'react';
// Named as a translator here: in cms/, React's rules read use* as a hook.
import { useTranslations as translator } from '../src/i18n/index.ts';
import { defaultLocale, isLocale, type Locale, localeInfo } from '../src/i18n/locales.ts';
import { companyFacts } from '../src/lib/companies.ts';
import { entryEyebrow, type Fact, pressFacts, storyFacts } from '../src/lib/entry-facts.ts';
import { eventFacts } from '../src/lib/events.ts';
import { exampleNotice } from '../src/lib/examples.ts';
import { faqEntries } from '../src/lib/faq.ts';
import { languageName } from '../src/lib/format.ts';
import { guideFacts } from '../src/lib/guides.ts';
import { programmeFacts } from '../src/lib/programme-facts.ts';
import { type DatedStatus, eventStatus, programmeStatus, statusLabel } from '../src/lib/status.ts';
import type { PageCollection } from '../src/lib/urls.ts';
import { landingPreviewParts } from './landing-preview.ts';

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

type Data = Record<string, unknown>;

const js = (value: unknown): unknown => (value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS?.() : value);
const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));
const filled = (...values: unknown[]) => values.every((value) => text(value).trim() !== '');
const record = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {});

/** A date as the content schema reads it (`z.coerce.date()`); undefined while the field is empty or unfinished. */
function toDate(value: unknown): Date | undefined {
	if (value == null || value === '') return undefined;
	const date = new Date(value as string);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

function toRange(value: unknown): { start: Date; end: Date } | undefined {
	const start = toDate(record(value).start);
	const end = toDate(record(value).end);
	return start && end ? { start, end } : undefined;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export interface PreviewContent {
	eyebrow?: string;
	facts: Fact[];
	/** A programme's or event's state on `today`, as the page says it. */
	status?: DatedStatus;
}

/**
 * The key facts, state and line above the title of an entry, from the data Decap holds (dates as
 * text, fields possibly still empty), through the pages' own functions. Facts wait until the fields
 * the page needs for them are filled in (the CMS does not save an entry without them either).
 * `today` is the day the state is judged on: the editor's today, as the next build will.
 */
export function previewContent(collection: string, data: Data, locale: Locale, today: Date = new Date()): PreviewContent {
	const t = translator(locale);
	const topic = filled(data.topic) ? (text(data.topic) as Parameters<typeof guideFacts>[0]['topic']) : undefined;
	const eyebrow = entryEyebrow(collection as PageCollection, { date: toDate(data.date), topic }, locale, t);
	switch (collection) {
		case 'programmes': {
			if (!filled(data.audience)) return { eyebrow, facts: [] };
			const capacity = record(data.capacity);
			const countries = record(data.countries);
			const programme = {
				audience: data.audience,
				period: toRange(data.period),
				applicationPeriod: toRange(data.applicationPeriod),
				capacity: filled(capacity.count, capacity.unit, capacity.per)
					? { count: Number(capacity.count), unit: capacity.unit, per: capacity.per, approximate: capacity.approximate === true }
					: undefined,
				countries: filled(countries.count) ? { count: Number(countries.count), region: text(countries.region) || undefined } : undefined,
				eligibility: text(data.eligibility) || undefined,
			};
			return {
				eyebrow,
				facts: programmeFacts(programme as Parameters<typeof programmeFacts>[0], locale, t),
				status: programmeStatus(programme, today),
			};
		}
		case 'events': {
			const start = toDate(data.start);
			const end = toDate(data.end);
			const venue = record(data.venue);
			if (!start || !end || !filled(venue.name, venue.address)) return { eyebrow, facts: [] };
			const event = {
				start,
				end,
				venue: { name: text(venue.name), address: text(venue.address) },
				online: data.online === true,
				onlineNote: text(data.onlineNote) || undefined,
			};
			return { eyebrow, facts: eventFacts(event, locale, t), status: eventStatus(event, today) };
		}
		case 'stories': {
			if (!filled(data.country, data.role, data.company, data.industry)) return { eyebrow, facts: [] };
			return { eyebrow, facts: storyFacts(data as Parameters<typeof storyFacts>[0], locale, t) };
		}
		case 'press': {
			const date = toDate(data.date);
			if (!date || !filled(data.bureau, data.section)) return { eyebrow, facts: [] };
			return { eyebrow, facts: pressFacts({ date, bureau: text(data.bureau), section: text(data.section) }, locale, t) };
		}
		case 'guides': {
			const lastReviewed = toDate(data.lastReviewed);
			if (!topic || !lastReviewed) return { eyebrow, facts: [] };
			return { eyebrow, facts: guideFacts({ topic, lastReviewed }, locale, t) };
		}
		case 'companies': {
			const languages = list(data.workingLanguages).map(text);
			if (!filled(data.industry, data.size, data.location) || languages.length === 0) return { eyebrow, facts: [] };
			const company = {
				industry: data.industry,
				size: data.size,
				location: text(data.location),
				workingLanguages: languages,
				roles: list(data.roles).map(text).filter(Boolean),
				offers: list(data.offers).map(text),
			};
			return { eyebrow, facts: companyFacts(company as Parameters<typeof companyFacts>[0], locale, t) };
		}
		default:
			return { eyebrow, facts: [] };
	}
}

function field(collection: ImmutableLike, name: string): unknown {
	const fields = collection.get('fields') as { find?: (test: (f: ImmutableLike) => boolean) => unknown } | undefined;
	return fields?.find?.((f) => f.get('name') === name);
}

/** src/components/FactList.astro's markup. */
function FactList({ facts, label }: { facts: Fact[]; label: string }) {
	if (facts.length === 0) return null;
	return h(
		'section',
		{ className: 'facts', 'aria-label': label },
		h(
			'dl',
			null,
			...facts.map((fact) =>
				h(
					'div',
					{ className: 'facts__row', key: fact.label },
					h('dt', null, fact.label),
					' ',
					h('dd', { lang: fact.lang }, fact.datetime ? h('time', { dateTime: fact.datetime }, fact.value) : fact.value),
					' ',
				),
			),
		),
	);
}

/** The press page's `press__meta` list. */
function PressMeta({ facts }: { facts: Fact[] }) {
	if (facts.length === 0) return null;
	return h(
		'dl',
		{ className: 'press__meta' },
		...facts.map((fact) =>
			h(
				'div',
				{ key: fact.label },
				h('dt', null, fact.label),
				h('dd', { lang: fact.lang }, fact.datetime ? h('time', { dateTime: fact.datetime }, fact.value) : fact.value),
			),
		),
	);
}

/** Where the site is published (config `site_url`): landing previews show the short URL on it. */
export interface PreviewOptions {
	siteUrl: string;
}

type Parts = (props: PreviewProps, data: Data, locale: Locale, content: PreviewContent, options: PreviewOptions) => { before?: ReactNode; after?: ReactNode };
/** src/components/StatusLine.astro's markup (without its "as of", which is the build's day). */
function StatusLine({ status, locale }: { status?: DatedStatus; locale: Locale }) {
	if (!status) return null;
	return h('p', { className: `status-line status--${status.status}` }, h('strong', { className: 'status' }, statusLabel(status, locale, translator(locale))));
}

/** An image of the entry, as Decap resolves an uploaded file. */
function photoSource(props: PreviewProps, data: Data): string {
	const photo = text(data.photo);
	return photo ? String(props.getAsset(photo, field(props.collection, 'photo')) ?? '') : '';
}

/** What each collection's page shows around the text, besides the facts' content. */
const parts: Record<string, Parts> = {
	programmes: (_props, _data, locale, { facts, status }) => ({
		before: h(Fragment, null, h(StatusLine, { status, locale }), h(FactList, { facts, label: translator(locale)('programme.facts') })),
	}),
	events: (_props, data, locale, { facts, status }) => {
		const t = translator(locale);
		return {
			before: h(Fragment, null, h(StatusLine, { status, locale }), h(FactList, { facts, label: t('event.when') })),
			// The page links the programme by its title; the preview has only its key.
			after: data.programme ? h('p', { className: 'entry__related' }, `${t('event.programme')}: ${text(data.programme)}`) : null,
		};
	},
	stories: (props, data, locale, { facts }) => {
		const t = translator(locale);
		const src = photoSource(props, data);
		return {
			before: h(
				Fragment,
				null,
				data.example ? h('p', { className: 'notice notice--example', role: 'note' }, exampleNotice('stories', locale).notice) : null,
				src ? h('figure', { className: 'story__photo' }, h('img', { src, alt: text(data.photoAlt) })) : null,
				h('blockquote', { className: 'story__quote' }, h('p', null, text(data.quote)), h('footer', null, `— ${text(data.person)}`)),
				h(FactList, { facts, label: t('story.role') }),
			),
		};
	},
	companies: (props, data, locale, { facts }) => {
		const src = photoSource(props, data);
		return {
			before: h(
				Fragment,
				null,
				data.example ? h('p', { className: 'notice notice--example', role: 'note' }, exampleNotice('companies', locale).notice) : null,
				src ? h('figure', { className: 'story__photo' }, h('img', { src, alt: text(data.photoAlt) })) : null,
				h(FactList, { facts, label: translator(locale)('company.industry') }),
			),
		};
	},
	guides: (_props, data, locale, { facts }) => {
		const t = translator(locale);
		const sources = list(data.sources)
			.map(record)
			.filter((source) => filled(source.url));
		return {
			before: h(FactList, { facts, label: t('guide.topic') }),
			after:
				sources.length > 0
					? h(
							'section',
							{ className: 'sources' },
							h('h2', null, t('guide.sources')),
							h(
								'ul',
								null,
								...sources.map((source, i) =>
									h('li', { key: i }, h('a', { href: text(source.url), rel: 'noopener external' }, text(source.title) || text(source.url))),
								),
							),
						)
					: null,
		};
	},
	faq: (_props, data) => {
		const items = list(data.items)
			.map(record)
			.filter((item) => filled(item.id, item.question))
			.map((item) => ({ id: text(item.id), question: text(item.question), answer: text(item.answer) }));
		return {
			after: h(
				'div',
				{ className: 'faq prose' },
				...faqEntries(items).map((entry) =>
					h(
						'section',
						{ key: entry.id, className: 'faq__item' },
						h('h2', { id: entry.id }, entry.question),
						// biome-ignore lint/security/noDangerouslySetInnerHtml: src/lib/markdown-text.ts escapes everything but its own markup (p, ul, ol, li, a with a checked href, strong, em), as the page does
						h('div', { dangerouslySetInnerHTML: { __html: entry.html } }),
					),
				),
			),
		};
	},
	press: (_props, data, locale, { facts }) => {
		const attachments = (data.attachments as Array<Record<string, string>> | undefined) ?? [];
		return {
			before: h(PressMeta, { facts }),
			after:
				attachments.length > 0
					? h(
							'section',
							{ className: 'attachments' },
							h('h2', null, translator(locale)('press.attachments')),
							h('ul', null, ...attachments.map((a, i) => h('li', { key: i }, h('a', { href: a.file }, a.title), ` (${a.language ?? ''})`))),
						)
					: null,
		};
	},
	landings: (_props, data, locale, _content, options) => landingPreviewParts(data, locale, options.siteUrl),
};

/** The preview of one collection's entries. */
export function previewTemplate(collectionName: string, options: PreviewOptions): ComponentType<PreviewProps> {
	const part = parts[collectionName] ?? (() => ({}));
	return function Preview(props: PreviewProps) {
		const locale: Locale = isLocale(props.locale) ? props.locale : defaultLocale;
		const tag = localeInfo[locale].tag;
		const t = translator(locale);
		useEffect(() => {
			if (props.document) props.document.documentElement.lang = tag;
		}, [props.document, tag]);
		const data = (js(props.entry.get('data')) ?? {}) as Data;
		const title = text(data.title).trim();
		if (!title) {
			const shown = localeInfo[locale].fallbacks[0] ?? defaultLocale;
			return h(
				'main',
				{ lang: tag },
				h(
					'div',
					{ className: 'wrap' },
					h('p', { className: 'notice', role: 'note' }, t('fallback.notice', { shown: languageName(shown, locale) })),
					h(
						'p',
						null,
						'この言語はまだ翻訳されていません。タイトルを入力すると翻訳として公開されます。/ Not translated yet: enter a title to publish a translation.',
					),
				),
			);
		}
		const content = previewContent(collectionName, data, locale);
		const { eyebrow } = content;
		const { before, after } = part(props, data, locale, content, options);
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
export const previewCollections = ['programmes', 'events', 'stories', 'press', 'pages', 'landings', 'guides', 'companies', 'faq'];
