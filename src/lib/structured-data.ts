/** schema.org JSON-LD for the page types search engines understand. */
import { type Locale, localeInfo } from '../i18n/locales.ts';
import { isoInTokyo } from './format.ts';

export type JsonLd = Record<string, unknown>;

export interface Publisher {
	name: string;
	department: string;
	telephone: string;
	url: string;
}

export function governmentOrganization(publisher: Publisher): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'GovernmentOrganization',
		name: publisher.name,
		url: publisher.url,
		department: { '@type': 'GovernmentOrganization', name: publisher.department, telephone: publisher.telephone },
	};
}

export interface EventFacts {
	name: string;
	description: string;
	start: Date;
	end: Date;
	venue: { name: string; address: string };
	online: boolean;
	url: string;
	locale: Locale;
}

export function eventJsonLd(event: EventFacts, publisher: Publisher): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.name,
		description: event.description,
		startDate: isoInTokyo(event.start),
		endDate: isoInTokyo(event.end),
		inLanguage: localeInfo[event.locale].tag,
		url: event.url,
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: event.online ? 'https://schema.org/MixedEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
		location: { '@type': 'Place', name: event.venue.name, address: event.venue.address },
		organizer: governmentOrganization(publisher),
	};
}

export interface ArticleFacts {
	headline: string;
	description: string;
	published: Date;
	url: string;
	locale: Locale;
}

export function newsArticleJsonLd(article: ArticleFacts, publisher: Publisher): JsonLd {
	const organization = governmentOrganization(publisher);
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: article.headline,
		description: article.description,
		datePublished: isoInTokyo(article.published),
		inLanguage: localeInfo[article.locale].tag,
		mainEntityOfPage: article.url,
		author: organization,
		publisher: organization,
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no content can close the tag. */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
