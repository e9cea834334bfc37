/** Site-wide facts from content/settings/site.yml, loaded once per build. */
import { getEntry } from 'astro:content';
import { oncePerBuild } from './build-cache.ts';

export const getSettings = oncePerBuild(async () => {
	const entry = await getEntry('settings', 'site');
	if (!entry) throw new Error('content/settings/site.yml is missing; it holds the bureau, section, phone and desks.');
	return entry.data;
});
export type Settings = Awaited<ReturnType<typeof getSettings>>;
