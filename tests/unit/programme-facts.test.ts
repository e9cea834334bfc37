/** Programme key facts through the real UI strings (i18next plural forms included). */
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { describeCapacity, describeCountries, programmeFacts } from '../../src/lib/programme-facts.ts';

const matching = { count: 15, unit: 'companies', per: 'term', approximate: true } as const;
const internship = { count: 20, unit: 'people-or-companies', per: 'year', approximate: true } as const;
const application = { count: 20, unit: 'companies', per: 'round', approximate: false } as const;

describe('describeCapacity', () => {
	test('about 15 companies per term (matching)', () => {
		expect(describeCapacity(matching, useTranslations('en'))).toBe('about 15 companies per term');
		expect(describeCapacity(matching, useTranslations('ja'))).toBe('1期あたり約15社');
	});

	test('about 20 people (companies) a year (internship)', () => {
		expect(describeCapacity(internship, useTranslations('en'))).toBe('about 20 people (companies) a year');
		expect(describeCapacity(internship, useTranslations('ja'))).toBe('年間約20人（20社）');
	});

	test('20 companies, not approximate (application round)', () => {
		expect(describeCapacity(application, useTranslations('en'))).toBe('20 companies');
		expect(describeCapacity(application, useTranslations('ja'))).toBe('20社');
	});

	test('uses the singular where the language has one', () => {
		expect(describeCapacity({ count: 1, unit: 'people', per: 'round', approximate: false }, useTranslations('en'))).toBe('1 person');
	});

	test.each(['zh', 'ko'] as const)('gives the number and no untranslated key in %s', (locale) => {
		for (const capacity of [matching, internship, application]) {
			const text = describeCapacity(capacity, useTranslations(locale));
			expect(text).toContain(String(capacity.count));
			expect(text).not.toMatch(/capacity\.|\{\{/);
		}
	});
});

describe('describeCountries', () => {
	test('four countries in Asia', () => {
		expect(describeCountries({ count: 4, region: 'Asia' }, useTranslations('en'))).toBe('4 countries in Asia');
		expect(describeCountries({ count: 4, region: 'アジア' }, useTranslations('ja'))).toBe('アジアの4か国');
	});

	test('10 countries (consultation desks)', () => {
		expect(describeCountries({ count: 10 }, useTranslations('en'))).toBe('10 countries');
		expect(describeCountries({ count: 10 }, useTranslations('ja'))).toBe('10か国');
	});

	test.each(['zh', 'ko'] as const)('has the count and region in %s', (locale) => {
		const text = describeCountries({ count: 4, region: 'REGION' }, useTranslations(locale));
		expect(text).toContain('4');
		expect(text).toContain('REGION');
	});
});

describe('programmeFacts', () => {
	test('lists audience, period, applications, size, countries and eligibility in order', () => {
		const facts = programmeFacts(
			{
				key: 'internship',
				title: 't',
				description: 'd',
				order: 2,
				audience: 'candidates',
				period: { start: new Date('2023-01-10T00:00:00+09:00'), end: new Date('2023-03-10T00:00:00+09:00') },
				applicationPeriod: { start: new Date('2022-07-01T00:00:00+09:00'), end: new Date('2022-08-15T00:00:00+09:00') },
				capacity: internship,
				countries: { count: 4, region: 'Asia' },
				eligibility: 'Specialists living overseas',
			} as never,
			'en',
			useTranslations('en'),
		);
		expect(facts.map((fact) => fact.label)).toEqual(['For', 'Period', 'Applications', 'Size', 'Countries', 'Who can apply']);
		expect(facts[1].value).toMatch(/January 10.*March 10, 2023/);
		expect(facts[2].value).toMatch(/July 1.*August 15, 2022/);
		expect(facts[3].value).toBe('about 20 people (companies) a year');
	});

	test('leaves out facts a programme does not have', () => {
		const facts = programmeFacts({ key: 'website', title: 't', description: 'd', order: 4, audience: 'everyone' } as never, 'en', useTranslations('en'));
		expect(facts).toEqual([{ label: 'For', value: 'Everyone' }]);
	});

	test('marks the entry’s own text (eligibility, region) on a page that borrows it', () => {
		const data = {
			key: 'x',
			title: 't',
			description: 'd',
			order: 1,
			audience: 'candidates',
			countries: { count: 4, region: 'Asia' },
			eligibility: 'Specialists',
		} as never;
		const borrowed = programmeFacts(data, 'zh', useTranslations('zh'), 'en');
		expect(borrowed.map((fact) => fact.lang)).toEqual([undefined, 'en', 'en']);
		const own = programmeFacts(data, 'en', useTranslations('en'));
		expect(own.map((fact) => fact.lang)).toEqual([undefined, undefined, undefined]);
		const counted = programmeFacts(
			{ key: 'x', title: 't', description: 'd', order: 1, audience: 'everyone', countries: { count: 10 } } as never,
			'zh',
			useTranslations('zh'),
			'en',
		);
		expect(counted[1].lang).toBeUndefined();
	});
});
