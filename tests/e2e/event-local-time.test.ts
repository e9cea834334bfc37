/** Event pages: Tokyo time always; the reader's own time beside it where JavaScript runs. */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl } from '../support/content.ts';
import { useBuiltSite } from '../support/e2e.ts';

const site = useBuiltSite();
const event = entries('events')[0];
const url = entryUrl('events', 'en', event.key);
/** Text the page shows, hidden elements left out. */
const visibleText = (page: Awaited<ReturnType<typeof site.newPage>>) => page.locator('main').innerText();

describe('event times', () => {
	test('a reader in Paris sees the Tokyo time and their own (6:00–7:30 CEST)', async () => {
		const page = await site.newPage({ timezoneId: 'Europe/Paris', locale: 'en-GB' });
		await page.goto(url);
		const text = await visibleText(page);
		expect(text).toMatch(/13:00/);
		expect(text).toMatch(/14:30/);
		expect(text).toMatch(/\b0?6:00/);
		expect(text).toMatch(/\b0?7:30/);
	});

	test('a reader in Tokyo sees only the Tokyo time', async () => {
		const page = await site.newPage({ timezoneId: 'Asia/Tokyo' });
		await page.goto(url);
		const text = await visibleText(page);
		expect(text).toMatch(/13:00/);
		expect(text).not.toMatch(/\b0?4:00|\b0?6:00/);
	});

	test('without JavaScript the Tokyo time is there and no empty local-time line shows', async () => {
		const page = await site.newPage({ timezoneId: 'America/New_York', javaScriptEnabled: false });
		await page.goto(url);
		const text = await visibleText(page);
		expect(text).toMatch(/13:00/);
		expect(text).toMatch(/14:30/);
		expect(text).not.toMatch(/00:00/);
	});
});
