/** Editors' images in content/media/, addressed as /media/<path> from MDX components. */
import type { ImageMetadata } from 'astro';
import { uploadFile } from './uploads-rules.ts';

const images = import.meta.glob<{ default: ImageMetadata }>('/content/media/**/*.{jpg,jpeg,png,webp,avif,gif}', { eager: true });

export function resolveMedia(src: string): ImageMetadata {
	const image = images[`/${uploadFile(src)}`];
	if (!image) {
		throw new Error(`Image "${src}" was not found: upload it in the CMS (it is stored under content/media/) and use its /media/… path.`);
	}
	return image.default;
}
