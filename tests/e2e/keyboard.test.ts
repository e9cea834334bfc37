/** Keyboard: the first Tab reaches the skip link, which moves focus to main; focus is visible. */
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/e2e.ts';
import { templates } from '../support/site.ts';

const site = useBuiltSite();
const pages = templates().filter((template) => template.url !== '/' && template.url !== '/404.html');

describe('skip link', () => {
	test.each(pages.map((template) => [template.name, template.url] as const))('%s: the first Tab focuses it and it moves focus to main', async (_, url) => {
		const page = await site.sharedPage();
		await page.goto(url);
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => {
			const active = document.activeElement as HTMLAnchorElement | null;
			const style = active && getComputedStyle(active);
			const box = active?.getBoundingClientRect();
			return {
				tag: active?.tagName,
				href: active?.getAttribute('href'),
				visible: Boolean(box && box.width > 0 && box.height > 0 && box.bottom > 0 && style?.visibility !== 'hidden'),
				outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
				box: box && { top: box.top, bottom: box.bottom },
			};
		});
		expect(first.tag).toBe('A');
		expect(first.href).toBe('#main');
		expect(first.visible, `skip link on screen when focused: ${JSON.stringify(first.box)}`).toBe(true);
		await page.keyboard.press('Enter');
		const focused = await page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName }));
		expect(focused).toEqual({ id: 'main', tag: 'MAIN' });
		// The next Tab continues from main onwards, not back in the header.
		await page.keyboard.press('Tab');
		const afterMain = await page.evaluate(() => {
			const main = document.querySelector('main')!;
			const active = document.activeElement!;
			return main.contains(active) || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(afterMain).toBe(true);
	});
});

describe('focus', () => {
	test('is visible on links (an outline or a changed background)', async () => {
		const page = await site.newPage();
		await page.goto('/en/');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const style = await page.evaluate(() => {
			const active = document.activeElement as HTMLElement;
			const focused = getComputedStyle(active);
			return { outline: focused.outlineStyle, width: parseFloat(focused.outlineWidth), background: focused.backgroundColor, tag: active.tagName };
		});
		expect(style.tag).toBe('A');
		expect(style.outline !== 'none' && style.width >= 2).toBe(true);
	});
});
