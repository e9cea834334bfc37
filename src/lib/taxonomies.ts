/** Controlled vocabularies shared by the content schema, the CMS and the story filters. */

/** ISO 3166-1 alpha-2 codes (lower case) of the countries a story may name. Names come from Intl.DisplayNames. */
export const countries = [
	'bd',
	'cn',
	'id',
	'in',
	'kh',
	'kr',
	'lk',
	'mm',
	'mn',
	'my',
	'np',
	'ph',
	'pk',
	'sg',
	'th',
	'tw',
	'vn',
	'au',
	'br',
	'ca',
	'de',
	'eg',
	'es',
	'fr',
	'gb',
	'it',
	'mx',
	'ng',
	'nz',
	'tr',
	'ua',
	'us',
] as const;
export type Country = (typeof countries)[number];

/** Industries a story may belong to; their labels are UI strings (`industry.<id>`). */
export const industries = [
	'software',
	'ai-data',
	'fintech',
	'manufacturing',
	'electronics',
	'biotech-health',
	'energy-environment',
	'logistics',
	'design-media',
	'consulting',
] as const;
export type Industry = (typeof industries)[number];

/** Kinds of programme audience. */
export const audiences = ['candidates', 'companies', 'everyone'] as const;

/** The story fields readers can filter by; each is a URL segment: /<locale>/stories/<facet>/<value>/. */
export const storyFacets = ['country', 'industry'] as const;
export type StoryFacet = (typeof storyFacets)[number];

/** Topics of the guides, in the order the guides index shows them; labels are UI strings (`guideTopic.<id>`). */
export const guideTopics = ['working-steps', 'residence-status', 'living', 'workplace'] as const;
export type GuideTopic = (typeof guideTopics)[number];

/** Employee bands of a company profile; labels are UI strings (`companySize.<id>`). */
export const companySizes = ['1-9', '10-49', '50-99', '100-299', '300-plus'] as const;

/** What a host company offers international staff; labels are UI strings (`companyOffer.<id>`). Extend as real companies need. */
export const companyOffers = ['japanese-lessons', 'housing-help', 'residence-status-help', 'mentoring', 'prayer-space'] as const;

/**
 * Languages a company works in: BCP 47 primary subtags, named through Intl.DisplayNames. The site's
 * languages, then those of the countries stories and desks name most.
 */
export const workingLanguages = [
	'ja',
	'en',
	'zh',
	'ko',
	'vi',
	'id',
	'th',
	'hi',
	'tl',
	'ms',
	'ne',
	'my',
	'bn',
	'km',
	'mn',
	'si',
	'ur',
	'fr',
	'de',
	'es',
	'pt',
] as const;
export type WorkingLanguage = (typeof workingLanguages)[number];

/** The company fields readers can filter by; each is a URL segment: /<locale>/companies/<facet>/<value>/. */
export const companyFacets = ['industry', 'language'] as const;
export type CompanyFacet = (typeof companyFacets)[number];

/** Days of the week, for consultation desks' opening hours; labels from Intl. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
