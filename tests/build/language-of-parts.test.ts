/**
 * WCAG 3.1.2 (language of parts): text visibly in another script carries that language's `lang`,
 * so screen readers and the per-language fonts of DESIGN.md pick it up. Checked by script where it is
 * unambiguous (kana → ja, Hangul → ko, English words → en); fallback pages are fallback.test.ts's.
 */
import { describe, expect, test } from 'vitest';
import { entryUrl, fallbacks } from '../support/content.ts';
import { htmlPages, page } from '../support/dist.ts';
import { mislabelledText } from '../support/text-language.ts';

const fallbackUrls = new Set(fallbacks().map(({ entry, locale }) => entryUrl(entry.collection, locale, entry.key)));

describe('language of parts', () => {
	test('on every page, no text is in one language while marked as another', () => {
		const problems = htmlPages()
			.filter((url) => !fallbackUrls.has(url))
			.flatMap((url) => mislabelledText(page(url).one('body')!).map((problem) => `${url}: ${problem}`));
		expect(problems).toEqual([]);
	});
});
