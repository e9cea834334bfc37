/** The layout holds at 360 px: no horizontal scrolling on any template in any locale. */
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/e2e.ts';
import { templates } from '../support/site.ts';

const site = useBuiltSite();
const WIDTH = 360;

describe(`layout at ${WIDTH} px`, () => {
	test.each(templates().map((template) => [template.name, template.url] as const))('%s (%s) does not overflow horizontally', async (_, url) => {
		const page = await site.sharedPage();
		await page.setViewportSize({ width: WIDTH, height: 740 });
		await page.goto(url);
		const layout = await page.evaluate((width) => {
			const scrollWidth = document.scrollingElement!.scrollWidth;
			// Name the widest culprits when it fails.
			const wide = [...document.querySelectorAll('body *')]
				.filter((element) => element.getBoundingClientRect().right > width + 0.5)
				.filter((element) => !element.closest('[hidden]') && getComputedStyle(element).position !== 'absolute')
				.slice(0, 5)
				.map(
					(element) =>
						`${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} → ${Math.round(element.getBoundingClientRect().right)} px`,
				);
			return { scrollWidth, wide };
		}, WIDTH);
		expect(layout.scrollWidth, layout.wide.join('; ')).toBeLessThanOrEqual(WIDTH);
	});
});
