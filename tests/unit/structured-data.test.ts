import { describe, expect, test } from 'vitest';
import { eventJsonLd, governmentOrganization, newsArticleJsonLd, serializeJsonLd } from '../../src/lib/structured-data.ts';

const publisher = {
	name: 'Tokyo Metropolitan Government',
	department: 'Employment Promotion Section, Employment Division, Bureau of Industrial and Labor Affairs',
	telephone: '+81-3-5320-4628',
	url: 'https://letsworkintokyo.example/en/',
};

describe('governmentOrganization', () => {
	test('is a schema.org GovernmentOrganization with its department and phone', () => {
		expect(governmentOrganization(publisher)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'GovernmentOrganization',
			name: publisher.name,
			url: publisher.url,
			department: { '@type': 'GovernmentOrganization', name: publisher.department, telephone: '+81-3-5320-4628' },
		});
	});
});

describe('eventJsonLd', () => {
	const facts = {
		name: 'Briefing',
		description: 'For companies',
		start: new Date('2022-07-13T04:00:00Z'),
		end: new Date('2022-07-13T05:30:00Z'),
		venue: { name: 'JOB HUB SQUARE 10th floor', address: '2-6-2 Otemachi, Chiyoda-ku, Tokyo' },
		online: true,
		url: 'https://letsworkintokyo.example/zh/events/briefing-2022-07-13/',
		locale: 'zh' as const,
	};

	test('is an Event with Tokyo times and the language tag', () => {
		const data = eventJsonLd(facts, publisher);
		expect(data['@type']).toBe('Event');
		expect(data.startDate).toBe('2022-07-13T13:00:00+09:00');
		expect(data.endDate).toBe('2022-07-13T14:30:00+09:00');
		expect(data.inLanguage).toBe('zh-Hans');
		expect(data.location).toEqual({ '@type': 'Place', name: facts.venue.name, address: facts.venue.address });
		expect((data.organizer as Record<string, unknown>)['@type']).toBe('GovernmentOrganization');
	});

	test('says whether one can attend online', () => {
		expect(eventJsonLd(facts, publisher).eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
		expect(eventJsonLd({ ...facts, online: false }, publisher).eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
	});
});

describe('newsArticleJsonLd', () => {
	test('is a NewsArticle published on 15 July 2022 by the government', () => {
		const data = newsArticleJsonLd(
			{ headline: 'Release', description: 'About it', published: new Date('2022-07-15T00:00:00+09:00'), url: 'https://x.example/en/press/r/', locale: 'en' },
			publisher,
		);
		expect(data['@type']).toBe('NewsArticle');
		expect(data.datePublished).toBe('2022-07-15T00:00:00+09:00');
		expect(data.inLanguage).toBe('en');
		expect((data.publisher as Record<string, unknown>)['@type']).toBe('GovernmentOrganization');
		expect((data.author as Record<string, unknown>)['@type']).toBe('GovernmentOrganization');
	});
});

describe('serializeJsonLd', () => {
	test('escapes < so content cannot close the script element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script><!--' });
		expect(json).not.toContain('<');
		expect(json).not.toMatch(/<\/script/i);
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script><!--' });
	});

	test('round-trips any value, non-ASCII included', () => {
		const data = { '@type': 'Event', name: '説明会 “2022” & <b>', nested: { list: [1, 'a<b'] } };
		expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
	});
});
