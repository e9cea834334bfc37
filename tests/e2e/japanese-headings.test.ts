/**
 * Japanese headings and card titles break between phrases, never inside a word, links included
 * (a link inside a heading is itself `:lang(ja)`, whose `word-break: normal` used to undo the heading's).
 */
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/e2e.ts';

const site = useBuiltSite();

test('at 360 px, no Japanese card title on the home page breaks inside 参加 or 21日', async () => {
	const page = await site.newPage({ viewport: { width: 360, height: 800 } });
	await page.goto('/ja/');
	const lines = await page.evaluate(() =>
		[...document.querySelectorAll('.card__title a')].map((link) => {
			const range = document.createRange();
			const parts: string[] = [];
			let top = Number.NaN;
			const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (let index = 0; index < text.length; index++) {
					range.setStart(node, index);
					range.setEnd(node, index + 1);
					const { top: charTop } = range.getBoundingClientRect();
					if (!(Math.abs(charTop - top) < 5)) {
						parts.push('');
						top = charTop;
					}
					parts[parts.length - 1] += text[index];
				}
			}
			return parts;
		}),
	);
	const breaks = lines.flatMap((parts) => parts.slice(1).map((part, index) => `${parts[index].slice(-1)}|${part[0]}`));
	expect(breaks.length, 'some titles wrap at 360 px').toBeGreaterThan(0);
	expect(breaks).not.toContain('参|加');
	expect(breaks.filter((pair) => /^\d\|日$/.test(pair))).toEqual([]);
	expect(breaks.filter((pair) => /^ッ\|プ$/.test(pair))).toEqual([]);
});
