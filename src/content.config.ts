/**
 * The content model: the one source of truth. cms/config.yml mirrors it (a test keeps them in step).
 * Localised collections live in content/<collection>/<locale>/<key>.mdx.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { defaultLocale, type Locale, locales } from './i18n/locales.ts';
import { checkCompanyLink } from './integrations/company-links.ts';
import { checkLandingLinks } from './integrations/landing-links.ts';
import { localizedLoader } from './integrations/localized-loader.ts';
import { DESK_PATTERNS, isTimeZone } from './lib/desks.ts';
import { KEY_PATTERN } from './lib/entry-id.ts';
import { FAQ_KEY } from './lib/faq.ts';
import { linkCollections, linkKind, sitePaths, withoutBlanks } from './lib/landings.ts';
import { markdownLinkProblems } from './lib/markdown-text.ts';
import { audiences, companyOffers, companySizes, countries, guideTopics, industries, weekdays, workingLanguages } from './lib/taxonomies.ts';

const text = () => z.string().trim().min(1);
const key = z.string().regex(KEY_PATTERN, 'a key uses lower-case letters, digits and hyphens');
/** A calendar day (YAML 2023-01-10 = midnight UTC, which is the same day in Tokyo) or an instant. */
const date = z.coerce.date();
/** An absolute https address (official sources, booking pages, forms). */
const httpsUrl = z.string().regex(/^https:\/\/\S+$/, 'an address starting with https://');
const dateRange = z.object({ start: date, end: date }).refine((range) => range.end >= range.start, { message: 'end must not be before start', path: ['end'] });

/** Fields every localised entry has. */
const entryFields = {
	key,
	title: text(),
	description: text().max(200, 'keep the description under 200 characters: it is the search-result snippet'),
	/** Words readers search with that the page does not use (matching, phone number): indexed, never shown. */
	keywords: z.array(text()).optional(),
	/** Hash of the Japanese source this translation was made from (filled by the CMS or `npm run translations`). */
	translatedFrom: z.string().optional(),
	/** The Tokyo day the entry's content last changed: the page's "last updated" (never the build's date). */
	updated: date.optional(),
};

/** Fields of the entries site search indexes (src/lib/search/index.ts). */
const searchFields = {
	/** Words readers search with that the page does not use (matching, phone number): indexed, never shown. */
	keywords: z.array(text()).optional(),
};

const programmes = defineCollection({
	loader: localizedLoader('programmes'),
	schema: z.object({
		...entryFields,
		...searchFields,
		order: z.number().int().min(0),
		audience: z.enum(audiences),
		/** When the programme itself runs. */
		period: dateRange.optional(),
		/** When applications are accepted. */
		applicationPeriod: dateRange.optional(),
		capacity: z
			.object({
				count: z.number().int().positive(),
				unit: z.enum(['companies', 'people', 'people-or-companies']),
				per: z.enum(['term', 'year', 'round']),
				approximate: z.boolean().default(false),
			})
			.optional(),
		/** How many countries the programme reaches, and where. */
		countries: z.object({ count: z.number().int().positive(), region: z.string().optional() }).optional(),
		eligibility: z.string().optional(),
	}),
});

const events = defineCollection({
	loader: localizedLoader('events'),
	schema: z
		.object({
			...entryFields,
			...searchFields,
			/** Instants with an offset, e.g. 2022-07-13T13:00:00+09:00. Shown in Tokyo time. */
			start: z.coerce.date(),
			end: z.coerce.date(),
			venue: z.object({ name: text(), address: text() }),
			online: z.boolean().default(false),
			onlineNote: z.string().optional(),
			/** Key of the programme this event belongs to. */
			programme: key.optional(),
		})
		.refine((event) => event.end > event.start, { message: 'end must be after start', path: ['end'] }),
});

const stories = defineCollection({
	loader: localizedLoader('stories', { check: checkCompanyLink }),
	schema: ({ image }: SchemaContext) =>
		z.object({
			...entryFields,
			...searchFields,
			date,
			person: text(),
			country: z.enum(countries),
			role: text(),
			company: text(),
			industry: z.enum(industries),
			photo: image(),
			photoAlt: text(),
			quote: text(),
			/** The company's profile (content/companies/), when it has one; checked when content loads. */
			companyKey: key.optional(),
			/** A made-up story that shows what the section will hold; labelled wherever it appears. */
			example: z.boolean().default(false),
		}),
});

const press = defineCollection({
	loader: localizedLoader('press'),
	schema: z.object({
		...entryFields,
		...searchFields,
		date,
		bureau: text(),
		section: text(),
		attachments: z
			.array(
				z.object({
					/** Path under public/, e.g. /uploads/press/leaflet.pdf. */
					file: z.string().regex(/^\/uploads\/[\w./-]+$/, 'an attachment is a file under /uploads/'),
					language: z.enum(locales),
					title: text(),
					/** Who made the file: the bureau (its original release material) or this site (e.g. a summary). */
					origin: z.enum(['site', 'bureau']).default('site'),
				}),
			)
			.default([]),
	}),
});

const pages = defineCollection({
	loader: localizedLoader('pages'),
	schema: z.object({
		...entryFields,
		...searchFields,
		/** Position in the footer; pages without it are not listed there. */
		footerOrder: z.number().int().min(0).optional(),
		/** Markdown shown in place of a list the page shows while it is empty (the desks page: "being set up"). */
		emptyNotice: z.string().optional(),
	}),
});

/** Where a landing leads: an entry, a page every language has, or an external address on the allow-list. */
const linkFields = {
	collection: z.enum(linkCollections).optional(),
	key: key.optional(),
	path: z.enum(sitePaths, { error: (issue) => `"${String(issue.input)}" is not a page of the site; use one of ${sitePaths.join(' ')}` }).optional(),
	url: z
		.string()
		.regex(/^https:\/\/\S+$/, 'an address starting with https://')
		.optional(),
};
const oneDestination = (link: Record<string, unknown>, context: z.RefinementCtx) => {
	const kind = linkKind(link);
	if (!['entry', 'path', 'url'].includes(kind)) context.addIssue({ code: 'custom', message: kind });
};

/** QR campaign landings: /<locale>/campaigns/<key>/, behind the short link /q/<key>/ that the code encodes. */
const landings = defineCollection({
	loader: localizedLoader('landings', {
		prepare: (data) => ({ ...data, cta: withoutBlanks(data.cta) ?? {}, target: withoutBlanks(data.target) }),
		check: checkLandingLinks,
	}),
	schema: z
		.object({
			...entryFields,
			/** utm_campaign of the short link, and the label on the print sheet, e.g. internship-2023. */
			campaign: key,
			/** Tokyo days the campaign runs; after validUntil the landing says it has ended. */
			validFrom: date,
			validUntil: date.optional(),
			/** The line printed beside the code on leaflets and posters. */
			printNote: text(),
			/** The landing's button. */
			cta: z.object({ label: text(), ...linkFields }).superRefine(oneDestination),
			/** When set, the code leads straight here instead of to the landing. */
			target: z.object(linkFields).superRefine(oneDestination).optional(),
			/** The programme whose page shows this code. */
			programme: key.optional(),
		})
		.refine((landing) => !landing.validUntil || landing.validUntil >= landing.validFrom, {
			message: 'validUntil must not be before validFrom',
			path: ['validUntil'],
		}),
});

/** Guides for candidates: steps to working in Tokyo, residence status, living, the workplace. */
const guides = defineCollection({
	loader: localizedLoader('guides'),
	schema: z.object({
		...entryFields,
		/** Position within its topic on the guides index. */
		order: z.number().int().min(0),
		topic: z.enum(guideTopics),
		/** The Tokyo day an editor last checked the guide against its sources; a year later the translation report flags it. */
		lastReviewed: date,
		/** The official pages the guide rests on, in the reader's language where they exist. */
		sources: z.array(z.object({ title: text(), url: httpsUrl })).min(1),
	}),
});

/** The FAQ: one entry per locale (key `faq`), its questions in order; an answer is Markdown with links. */
const faq = defineCollection({
	loader: localizedLoader('faq'),
	schema: z
		.object({
			...entryFields,
			key: key.refine((value) => value === FAQ_KEY, `the FAQ is one entry, content/faq/<locale>/${FAQ_KEY}.mdx`),
			items: z
				.array(
					z.object({
						/** The question's anchor (#cost), the same in every language. */
						id: key,
						question: text(),
						answer: text().superRefine((answer, context) => {
							for (const problem of markdownLinkProblems(answer)) context.addIssue({ code: 'custom', message: problem });
						}),
					}),
				)
				.min(1),
		})
		.refine((entry) => new Set(entry.items.map((item) => item.id)).size === entry.items.length, {
			message: 'each question needs an id of its own',
			path: ['items'],
		}),
});

/** Tokyo SMEs that host or hire international talent. */
const companies = defineCollection({
	loader: localizedLoader('companies'),
	schema: ({ image }: SchemaContext) =>
		z
			.object({
				...entryFields,
				industry: z.enum(industries),
				/** Employee band. */
				size: z.enum(companySizes),
				/** Ward or city, as readers of the language write it. */
				location: text(),
				workingLanguages: z.array(z.enum(workingLanguages)).min(1),
				roles: z.array(text()).default([]),
				offers: z.array(z.enum(companyOffers)).default([]),
				photo: image().optional(),
				photoAlt: z.string().trim().optional(),
				/** A made-up company that shows what the section will hold; labelled wherever it appears. */
				example: z.boolean().default(false),
			})
			.refine((company) => !company.photo || Boolean(company.photoAlt), { message: 'a photo needs its description (photoAlt)', path: ['photoAlt'] }),
});

/** One value per site locale (src/i18n/locales.ts), e.g. the bureau's name in each language. */
const localized = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(locales.map((locale) => [locale, schema])) as Record<Locale, T>);
/** Japanese required, other languages optional: a language left out shows its fallback's (src/lib/desks.ts). */
const translated = <T extends z.ZodType>(schema: T) =>
	z.object(Object.fromEntries(locales.map((locale) => [locale, locale === defaultLocale ? schema : schema.optional()])) as Record<Locale, T>);

/** A consultation desk abroad, as editors fill it in (content/settings/site.yml → desks.list). */
const desk = z
	.object({
		/** The desk's anchor on the desks page (#id-jakarta). */
		id: key,
		country: z.enum(countries),
		city: translated(text()),
		organisation: translated(text()),
		/** Languages the desk answers in. */
		languages: z.array(z.enum(workingLanguages)).min(1),
		channels: z.object({
			email: z.string().regex(DESK_PATTERNS.email, 'an email address such as desk@example.org').optional(),
			phone: z.string().regex(DESK_PATTERNS.phone, 'a phone number with its country code, such as +62 21 1234 5678').optional(),
			bookingUrl: httpsUrl.optional(),
			website: httpsUrl.optional(),
		}),
		/** Opening hours in the desk's own time zone; none when by appointment only. */
		hours: z
			.array(
				z.object({
					days: z.array(z.enum(weekdays)).min(1),
					opens: z.string().regex(DESK_PATTERNS.time, 'a time such as 09:00'),
					closes: z.string().regex(DESK_PATTERNS.time, 'a time such as 17:00'),
				}),
			)
			.default([]),
		/** IANA time zone of the desk, e.g. Asia/Jakarta. */
		timeZone: z.string().regex(DESK_PATTERNS.timeZone, 'an IANA time zone such as Asia/Jakarta').refine(isTimeZone, 'not a time zone this system knows'),
		note: translated(text()).optional(),
	})
	.refine((value) => Object.values(value.channels).some(Boolean), { message: 'give at least one way to reach the desk', path: ['channels'] });

const settings = defineCollection({
	loader: glob({ pattern: 'site.yml', base: './content/settings' }),
	schema: z.object({
		bureau: localized(text()),
		section: localized(text()),
		phone: z.string().regex(/^0\d{1,4}-\d{1,4}-\d{4}$/, 'a Japanese phone number such as 03-5320-4628'),
		/** Languages the inquiry desk answers in. */
		contactLanguages: z.array(z.enum(locales)).min(1),
		desks: z.object({
			countries: z.number().int().positive(),
			list: z.array(desk).default([]),
		}),
		/** Where readers can write to the section (empty: not offered; the seed gives none). */
		contactEmail: z.string().regex(DESK_PATTERNS.optionalEmail, 'an email address, or nothing').optional(),
		contactFormUrl: z.string().regex(DESK_PATTERNS.optionalHttps, 'an address starting with https://, or nothing').optional(),
		/** When false, stories marked `example` are left out of production builds. */
		publishExampleStories: z.boolean(),
		/** Origins outside the site that QR landings may lead to (src/integrations/landing-links.ts). */
		allowedExternalOrigins: z
			.array(z.object({ origin: z.string().regex(/^https:\/\/[^/\s]+$/, 'an origin such as https://www.metro.tokyo.lg.jp, without a path') }))
			.default([]),
		/** When false, QR short links add no utm_source/utm_campaign to the address they open. */
		qrTracking: z.boolean().default(true),
		/** When false, companies marked `example` are left out of production builds. */
		publishExampleCompanies: z.boolean(),
	}),
});

export const collections = { programmes, events, stories, press, pages, landings, guides, faq, companies, settings };
