/**
 * resolveMedia's refusal, which needs no image. Finding an uploaded image needs Astro's image plugin
 * (plain vitest gives the file's URL, not ImageMetadata): tests/integration/editor-changes.test.ts
 * builds a Figure from a /media/… path.
 */
import { describe, expect, test } from 'vitest';
import { resolveMedia } from '../../src/lib/media.ts';

describe('resolveMedia', () => {
	test('a missing image fails, saying where images live', () => {
		expect(() => resolveMedia('/media/stories/nobody.jpg')).toThrow('/media/stories/nobody.jpg');
		expect(() => resolveMedia('/media/stories/nobody.jpg')).toThrow('content/media/');
	});
});
