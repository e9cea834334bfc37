/** The site's department and desk, from settings: contact block and JSON-LD publisher. */
import { describe, expect, test } from 'vitest';
import { contactLines, publisherFor, siteDepartment } from '../../src/lib/site-contact.ts';

const settings = {
	bureau: { ja: '産業労働局', en: 'Bureau of Industrial and Labor Affairs', zh: '产业劳动局', ko: '산업노동국' },
	section: { ja: '就業推進課', en: 'Employment Promotion Section', zh: '就业推进课', ko: '취업추진과' },
	phone: '03-5320-4628',
	contactLanguages: ['ja', 'en'],
} as never;

describe('siteDepartment', () => {
	test('the settings’ department in each language’s order', () => {
		expect(siteDepartment(settings, 'ja')).toBe('産業労働局 就業推進課');
		expect(siteDepartment(settings, 'en')).toBe('Employment Promotion Section, Bureau of Industrial and Labor Affairs');
	});
});

describe('contactLines', () => {
	test('department, phone at home and from abroad, and the desk’s languages named in the reader’s', () => {
		expect(contactLines(settings, 'en')).toEqual({
			department: 'Employment Promotion Section, Bureau of Industrial and Labor Affairs',
			phone: '03-5320-4628',
			internationalPhone: '+81-3-5320-4628',
			languages: 'Assistance in Japanese and English only',
		});
		expect(contactLines(settings, 'ja').languages).toContain('日本語');
	});
});

describe('publisherFor', () => {
	test('the organisation, its department and phone, and the locale’s home', () => {
		expect(publisherFor(settings, 'en', new URL('https://letsworkintokyo.example'))).toEqual({
			name: 'Tokyo Metropolitan Government',
			department: 'Employment Promotion Section, Bureau of Industrial and Labor Affairs',
			telephone: '+81-3-5320-4628',
			url: 'https://letsworkintokyo.example/en/',
		});
	});
});
