/** Controlled vocabularies shared by the content schema, the CMS and the story filters. */

/** ISO 3166-1 alpha-2 codes (lower case) of the countries a story may name. Names come from Intl.DisplayNames. */
export const countries = [
	'bd', 'cn', 'id', 'in', 'kh', 'kr', 'lk', 'mm', 'mn', 'my', 'np', 'ph', 'pk', 'sg', 'th', 'tw', 'vn',
	'au', 'br', 'ca', 'de', 'eg', 'es', 'fr', 'gb', 'it', 'mx', 'ng', 'nz', 'tr', 'ua', 'us',
] as const;
export type Country = (typeof countries)[number];

/** Industries a story may belong to; their labels are UI strings (`industry.<id>`). */
export const industries = [
	'software', 'ai-data', 'fintech', 'manufacturing', 'electronics', 'biotech-health', 'energy-environment',
	'logistics', 'design-media', 'consulting',
] as const;
export type Industry = (typeof industries)[number];

/** Kinds of programme audience. */
export const audiences = ['candidates', 'companies', 'everyone'] as const;

/** The story fields readers can filter by; each is a URL segment: /<locale>/stories/<facet>/<value>/. */
export const storyFacets = ['country', 'industry'] as const;
export type StoryFacet = (typeof storyFacets)[number];
