/** axe-core (wcag2a, wcag2aa, wcag21aa, wcag22aa, best-practice): no violations on every template in every locale. */
import { describe, expect, test } from 'vitest';
import { axeTags, describeViolations, runAxe, useBuiltSite } from '../support/e2e.ts';
import { templates } from '../support/site.ts';

const site = useBuiltSite();

describe(`axe (${axeTags.join(', ')})`, () => {
	test('covers every template in every locale', () => {
		const names = templates().map((template) => template.name.replace(/ \((ja|en|zh|ko)\)$/, ''));
		for (const name of [
			'language chooser',
			'home',
			'programmes',
			'programme',
			'events',
			'event',
			'stories',
			'story filter',
			'story',
			'story fallback',
			'press',
			'release',
			'404',
		]) {
			expect(names, name).toContain(name);
		}
	});

	test.each(templates().map((template) => [template.name, template.url] as const))('%s (%s) has no violations', async (_, url) => {
		const page = await site.sharedPage();
		const response = await page.goto(url);
		expect(response?.status(), url).toBe(200);
		expect(describeViolations(url, await runAxe(page))).toEqual([]);
	});

	test('an unknown URL gets the 404 page with status 404, without violations', async () => {
		const page = await site.sharedPage();
		const response = await page.goto('/en/no-such-page/');
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').count()).toBeGreaterThan(0);
		expect(describeViolations('/en/no-such-page/', await runAxe(page))).toEqual([]);
	});

	test('an injected violation is reported (the check can fail)', async () => {
		const page = await site.sharedPage();
		await page.goto('/en/');
		await page.evaluate(() => {
			const image = document.createElement('img');
			image.src = '/favicon.svg';
			document.querySelector('main')!.append(image);
		});
		expect((await runAxe(page)).map((violation) => violation.id)).toContain('image-alt');
	});
});
