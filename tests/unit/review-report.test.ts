/**
 * Guides rest on outside facts: one whose last review is more than a year old is listed for editors in
 * the translation report (`npm run translations`, /admin/translations/), judged on a pinned day.
 */
import { describe, expect, test } from 'vitest';
import { loadCmsConfig, translatedCollections } from '../../cms/config.ts';
import { REVIEW_INTERVAL_DAYS, reviewOverdue } from '../../src/lib/review.ts';
import { siteToday } from '../../src/lib/today.ts';
import { buildTranslationReport, formatTranslationReport, reportNeedsWork } from '../../src/lib/translation-report.ts';

const collections = translatedCollections(loadCmsConfig({}));
const guide = (key: string, lastReviewed: string) =>
	`---\nkey: ${key}\ntitle: ガイド ${key}\ndescription: 説明\norder: 1\ntopic: living\nlastReviewed: ${lastReviewed}\nsources:\n  - title: 出入国在留管理庁\n    url: https://www.moj.go.jp/isa/\n---\n本文\n`;
const files = {
	'content/guides/ja/reviewed-long-ago.mdx': guide('reviewed-long-ago', '2025-01-15'),
	'content/guides/ja/reviewed-lately.mdx': guide('reviewed-lately', '2025-12-01'),
	'content/guides/ja/a-year-ago-today.mdx': guide('a-year-ago-today', '2025-06-01'),
};
const today = siteToday({ SITE_TODAY: '2026-06-01' });

describe('overdue reviews in the translation report', () => {
	test('lists guides reviewed more than a year before the day, not those within it', () => {
		const report = buildTranslationReport(collections, files, { today });
		expect(report.reviews).toEqual([
			{
				collection: 'guides',
				key: 'reviewed-long-ago',
				title: 'ガイド reviewed-long-ago',
				file: 'content/guides/ja/reviewed-long-ago.mdx',
				lastReviewed: '2025-01-15',
			},
		]);
	});

	test('says so in the text report, with the file to edit', () => {
		const text = formatTranslationReport(buildTranslationReport(collections, files, { today }));
		expect(text).toContain(`Reviews overdue (last reviewed more than ${REVIEW_INTERVAL_DAYS} days ago`);
		expect(text).toContain('  guides/reviewed-long-ago — ガイド reviewed-long-ago: last reviewed 2025-01-15 (content/guides/ja/reviewed-long-ago.mdx)');
		expect(text).not.toContain('reviewed-lately:');
	});

	test('a day later, the guide reviewed exactly a year before is due too', () => {
		const report = buildTranslationReport(collections, files, { today: siteToday({ SITE_TODAY: '2026-06-02' }) });
		expect(report.reviews.map((review) => review.key)).toEqual(['a-year-ago-today', 'reviewed-long-ago']);
	});

	test('without a day, nothing is judged; reviews never make --strict fail on their own', () => {
		expect(buildTranslationReport(collections, files).reviews).toEqual([]);
		expect(formatTranslationReport(buildTranslationReport(collections, files))).not.toContain('Reviews overdue');
		const onlyReviews = buildTranslationReport(
			collections,
			{ 'content/guides/ja/reviewed-long-ago.mdx': files['content/guides/ja/reviewed-long-ago.mdx'] },
			{ today, locales: ['ja'] },
		);
		expect(onlyReviews.reviews).toHaveLength(1);
		expect(reportNeedsWork(onlyReviews)).toBe(false);
	});
});

describe('reviewOverdue', () => {
	test('counts Tokyo days', () => {
		expect(reviewOverdue(new Date('2025-06-01'), new Date('2026-06-01T14:59:00Z'))).toBe(false);
		expect(reviewOverdue(new Date('2025-06-01'), new Date('2026-06-01T15:00:00Z'))).toBe(true);
	});
});
