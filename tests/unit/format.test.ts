/** Dates in Tokyo time, whatever the machine's zone; names and sizes in the reader's language. */
import { describe, expect, test } from 'vitest';
import {
	countryName,
	departmentName,
	formatBytes,
	formatDate,
	formatDateRange,
	formatEventTime,
	formatList,
	internationalPhone,
	isoDay,
	isoInTokyo,
	languageName,
	TIME_ZONE,
} from '../../src/lib/format.ts';

const start = new Date('2022-07-13T13:00:00+09:00');
const end = new Date('2022-07-13T14:30:00+09:00');
const lateEvening = new Date('2022-07-14T15:30:00Z'); // 15 July 00:30 in Tokyo

describe('TIME_ZONE', () => {
	test('is Tokyo', () => expect(TIME_ZONE).toBe('Asia/Tokyo'));
});

describe('formatDate', () => {
	test('writes the release date of 15 July 2022 in each language', () => {
		const date = new Date('2022-07-15T00:00:00+09:00');
		expect(formatDate(date, 'ja')).toBe('2022年7月15日');
		expect(formatDate(date, 'en')).toBe('July 15, 2022');
		expect(formatDate(date, 'zh')).toBe('2022年7月15日');
		expect(formatDate(date, 'ko')).toBe('2022년 7월 15일');
	});

	test('uses the day in Tokyo, not in UTC', () => {
		expect(formatDate(lateEvening, 'en')).toBe('July 15, 2022');
		expect(formatDate(new Date('2022-07-14T14:59:00Z'), 'en')).toBe('July 14, 2022');
	});
});

describe('formatDateRange', () => {
	const internship = [new Date('2023-01-10T00:00:00+09:00'), new Date('2023-03-10T00:00:00+09:00')] as const;

	test('names both days with their weekday (Tuesday 10 January – Friday 10 March 2023)', () => {
		const en = formatDateRange(...internship, 'en');
		expect(en).toMatch(/Tue/);
		expect(en).toMatch(/January 10/);
		expect(en).toMatch(/Fri/);
		expect(en).toMatch(/March 10, 2023/);
	});

	test('gives the weekdays in Japanese, Chinese and Korean', () => {
		expect(formatDateRange(...internship, 'ja')).toBe('2023年1月10日(火)～2023年3月10日(金)');
		expect(formatDateRange(...internship, 'zh')).toMatch(/周二.*周五/);
		expect(formatDateRange(...internship, 'ko')).toMatch(/1월 10일.*화.*3월 10일.*금/);
	});

	test('counts days in Tokyo', () => {
		// 1 July 00:00 Tokyo is 30 June in UTC.
		expect(formatDateRange(new Date('2022-06-30T15:00:00Z'), new Date('2022-08-15T00:00:00+09:00'), 'en')).toMatch(/July 1\b.*August 15, 2022/);
	});
});

describe('formatEventTime', () => {
	test.each(['ja', 'en', 'zh', 'ko'] as const)('shows 13:00–14:30 Tokyo time on 13 July 2022 in %s', (locale) => {
		const text = formatEventTime(start, end, locale);
		expect(text).toMatch(/13(:|時)00/);
		expect(text).toMatch(/14(:|時)30/);
		expect(text).toMatch(/2022/);
		expect(text).toMatch(/7月13|July 13|7\/13|7월 13/);
	});

	test('writes one day once when the event starts and ends on it', () => {
		expect(formatEventTime(start, end, 'en').match(/2022/g)).toHaveLength(1);
		expect(formatEventTime(start, end, 'ja').match(/2022/g)).toHaveLength(1);
	});

	test('writes both days when the event spans midnight in Tokyo', () => {
		const overnight = formatEventTime(new Date('2022-07-13T23:00:00+09:00'), new Date('2022-07-14T01:00:00+09:00'), 'en');
		expect(overnight).toMatch(/July 13.*23:00.*July 14.*01:00/);
	});

	test('uses the 24-hour clock (no 1:00 PM)', () => {
		expect(formatEventTime(start, end, 'en')).not.toMatch(/PM|AM/);
		expect(formatEventTime(start, end, 'ko')).not.toMatch(/오후|오전/);
		expect(formatEventTime(start, end, 'zh')).not.toMatch(/下午|上午/);
	});

	test('can show another zone for the reader’s local time', () => {
		const paris = formatEventTime(start, end, 'en', 'Europe/Paris');
		expect(paris).toMatch(/06:00/);
		expect(paris).toMatch(/07:30/);
	});
});

describe('isoInTokyo and isoDay', () => {
	test('write instants with the +09:00 offset', () => {
		expect(isoInTokyo(start)).toBe('2022-07-13T13:00:00+09:00');
		expect(isoInTokyo(new Date('2022-07-13T04:00:00Z'))).toBe('2022-07-13T13:00:00+09:00');
	});

	test('give the day in Tokyo', () => {
		expect(isoDay(lateEvening)).toBe('2022-07-15');
		expect(isoDay(new Date('2022-07-15T00:00:00+09:00'))).toBe('2022-07-15');
	});
});

describe('countryName', () => {
	test('names a country in the reader’s language from its lower-case code', () => {
		expect(countryName('in', 'en')).toBe('India');
		expect(countryName('in', 'ja')).toBe('インド');
		expect(countryName('vn', 'zh')).toBe('越南');
		expect(countryName('th', 'ko')).toBe('태국');
	});
});

describe('languageName', () => {
	test('names a site language in the reader’s language', () => {
		expect(languageName('ja', 'en')).toBe('Japanese');
		expect(languageName('en', 'ja')).toBe('英語');
		expect(languageName('ja', 'ko')).toBe('일본어');
		expect(languageName('en', 'zh')).toBe('英语');
	});

	test('names Chinese as Simplified Chinese (zh-Hans)', () => {
		expect(languageName('zh', 'en')).toBe('Simplified Chinese');
	});
});

describe('formatList', () => {
	test('joins in the reader’s language', () => {
		expect(formatList(['Japanese', 'English'], 'en')).toBe('Japanese and English');
		expect(formatList(['日本語', '英語'], 'ja')).toBe('日本語、英語');
		expect(formatList(['Japanese'], 'en')).toBe('Japanese');
	});
});

describe('formatBytes', () => {
	test('uses decimal units with one decimal: 1,600 KB leaflet → 1.6 MB', () => {
		expect(formatBytes(1_600_000, 'en')).toBe('1.6 MB');
		expect(formatBytes(1_600_000, 'ja')).toBe('1.6 MB');
	});

	test('keeps kilobytes below a megabyte', () => {
		expect(formatBytes(240_000, 'en')).toMatch(/^240 kB$/i);
		expect(formatBytes(999_949, 'en')).toMatch(/^999\.9 kB$/i);
	});

	test('shows small files in whole bytes', () => {
		expect(formatBytes(999, 'en')).toMatch(/^999\s?(B|byte)s?$/);
		expect(formatBytes(0, 'en')).toMatch(/^0\s?(B|byte)s?$/);
	});

	test('goes up to gigabytes', () => {
		expect(formatBytes(2_500_000_000, 'en')).toBe('2.5 GB');
	});
});

describe('departmentName', () => {
	test('goes from the bureau down in Japanese, Chinese and Korean', () => {
		expect(departmentName('産業労働局', '雇用就業部 就業推進課', 'ja')).toBe('産業労働局 雇用就業部 就業推進課');
		expect(departmentName('产业劳动局', '雇用就业部 就业推进课', 'zh')).toBe('产业劳动局 雇用就业部 就业推进课');
		expect(departmentName('산업노동국', '고용취업부 취업추진과', 'ko')).toBe('산업노동국 고용취업부 취업추진과');
	});

	test('goes from the section up in English, as the release signs it', () => {
		expect(departmentName('Bureau of Industrial and Labor Affairs', 'Employment Promotion Section, Employment Division', 'en')).toBe(
			'Employment Promotion Section, Employment Division, Bureau of Industrial and Labor Affairs',
		);
	});
});

describe('internationalPhone', () => {
	test('turns the domestic number into the international one', () => {
		expect(internationalPhone('03-5320-4628')).toBe('+81-3-5320-4628');
	});
});
