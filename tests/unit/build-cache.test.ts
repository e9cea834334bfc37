import { afterEach, describe, expect, test, vi } from 'vitest';
import { oncePerBuild } from '../../src/lib/build-cache.ts';

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('oncePerBuild', () => {
	test('in a production build, computes each key once', () => {
		vi.stubEnv('PROD', true);
		const load = vi.fn((key: string) => ({ key }));
		const cached = oncePerBuild(load);
		expect(cached('a')).toBe(cached('a'));
		expect(cached('b')).toEqual({ key: 'b' });
		expect(load).toHaveBeenCalledTimes(2);
	});

	test('in dev, computes afresh on every call (content may have changed)', () => {
		vi.stubEnv('PROD', false);
		const load = vi.fn(() => ({}));
		const cached = oncePerBuild(load);
		expect(cached()).not.toBe(cached());
		expect(load).toHaveBeenCalledTimes(2);
	});
});
