/** Loading content/settings/site.yml: once per production build, and a clear error when it is missing. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeCollections } from '../support/fake-content.ts';

vi.mock('astro:content', () => import('../support/fake-content.ts').then((module) => module.astroContentMock));

async function load() {
	vi.resetModules();
	return import('../../src/lib/settings.ts');
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('getSettings', () => {
	test('reads the site settings', async () => {
		fakeCollections({}, { phone: '03-5320-4628', publishExampleStories: true });
		const { getSettings } = await load();
		expect(await getSettings()).toEqual({ phone: '03-5320-4628', publishExampleStories: true });
	});

	test('loads them once in a production build, and afresh on each call in dev', async () => {
		fakeCollections({}, { phone: '03-1111-1111', publishExampleStories: true });
		const dev = (await load()).getSettings;
		vi.stubEnv('PROD', true);
		const production = (await load()).getSettings;
		expect((await production()).phone).toBe('03-1111-1111');
		fakeCollections({}, { phone: '03-2222-2222', publishExampleStories: true });
		expect((await production()).phone).toBe('03-1111-1111');
		vi.stubEnv('PROD', false);
		expect((await dev()).phone).toBe('03-2222-2222');
	});

	test('a missing settings file fails, naming it', async () => {
		vi.doMock('astro:content', () => ({ getEntry: async () => undefined }));
		const { getSettings } = await load();
		await expect(getSettings()).rejects.toThrow('content/settings/site.yml is missing');
		vi.doMock('astro:content', () => import('../support/fake-content.ts').then((module) => module.astroContentMock));
	});
});
