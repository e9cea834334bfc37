import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveMedia } from '../../src/lib/media.ts';
import { projectRoot } from '../support/paths.ts';

describe('resolveMedia', () => {
	const images = readdirSync(path.join(projectRoot, 'content/media/stories')).filter((name) => /\.(jpe?g|png|webp|avif)$/i.test(name));

	test.runIf(images.length > 0)('finds an editor’s image by its /media/… path', () => {
		// Without Astro's image plugin (plain vitest) the module is the file's URL; in a build it is ImageMetadata.
		expect(String(resolveMedia(`/media/stories/${images[0]}`))).toContain(images[0]);
	});

	test('a missing image fails, saying where images live', () => {
		expect(() => resolveMedia('/media/stories/nobody.jpg')).toThrow('/media/stories/nobody.jpg');
		expect(() => resolveMedia('/media/stories/nobody.jpg')).toThrow('content/media/');
	});
});
