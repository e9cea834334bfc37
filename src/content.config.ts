/**
 * The content model: the one source of truth. cms/config.yml mirrors it (a test keeps them in step).
 * Localised collections live in content/<collection>/<locale>/<key>.mdx.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { type Locale, locales } from './i18n/locales.ts';
import { localizedLoader } from './integrations/localized-loader.ts';
import { checkLandingLinks } from './integrations/landing-links.ts';
import { KEY_PATTERN } from './lib/entry-id.ts';
import { linkCollections, linkKind, sitePaths, withoutBlanks } from './lib/landings.ts';
import { audiences, countries, industries } from './lib/taxonomies.ts';

const text = () => z.string().trim().min(1);
const key = z.string().regex(KEY_PATTERN, 'a key uses lower-case letters, digits and hyphens');
/** A calendar day (YAML 2023-01-10 = midnight UTC, which is the same day in Tokyo) or an instant. */
const date = z.coerce.date();
const dateRange = z
	.object({ start: date, end: date })
	.refine((range) => range.end >= range.start, { message: 'end must not be before start', path: ['end'] });

/** Fields every localised entry has. */
const entryFields = {
	key,
	title: text(),
	description: text().max(200, 'keep the description under 200 characters: it is the search-result snippet'),
	/** Hash of the Japanese source this translation was made from (filled by the CMS or `npm run translations`). */
	translatedFrom: z.string().optional(),
};

const programmes = defineCollection({
	loader: localizedLoader('programmes'),
	schema: z.object({
		...entryFields,
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
	loader: localizedLoader('stories'),
	schema: ({ image }: SchemaContext) =>
		z.object({
			...entryFields,
			date,
			person: text(),
			country: z.enum(countries),
			role: text(),
			company: text(),
			industry: z.enum(industries),
			photo: image(),
			photoAlt: text(),
			quote: text(),
			/** A made-up story that shows what the section will hold; labelled on the page. */
			example: z.boolean().default(false),
		}),
});

const press = defineCollection({
	loader: localizedLoader('press'),
	schema: z.object({
		...entryFields,
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
		/** Position in the footer; pages without it are not listed there. */
		footerOrder: z.number().int().min(0).optional(),
	}),
});

/** Where a landing leads: an entry, a page every language has, or an external address on the allow-list. */
const linkFields = {
	collection: z.enum(linkCollections).optional(),
	key: key.optional(),
	path: z.enum(sitePaths, { error: (issue) => `"${String(issue.input)}" is not a page of the site; use one of ${sitePaths.join(' ')}` }).optional(),
	url: z.string().regex(/^https:\/\/\S+$/, 'an address starting with https://').optional(),
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

/** One value per site locale (src/i18n/locales.ts), e.g. the bureau's name in each language. */
const localized = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(locales.map((locale) => [locale, schema])) as Record<Locale, T>);

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
			list: z
				.array(z.object({ country: z.enum(countries), city: text(), organisation: text(), url: z.string().regex(/^https?:\/\/\S+$/, 'a web address starting with https://').optional() }))
				.default([]),
		}),
		/** When false, stories marked `example` are left out of production builds. */
		publishExampleStories: z.boolean(),
		/** Origins outside the site that QR landings may lead to (src/integrations/landing-links.ts). */
		allowedExternalOrigins: z
			.array(z.object({ origin: z.string().regex(/^https:\/\/[^/\s]+$/, 'an origin such as https://www.metro.tokyo.lg.jp, without a path') }))
			.default([]),
		/** When false, QR short links add no utm_source/utm_campaign to the address they open. */
		qrTracking: z.boolean().default(true),
	}),
});

export const collections = { programmes, events, stories, press, pages, landings, settings };
