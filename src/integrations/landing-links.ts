/**
 * Checks, while content is loaded (build, dev, `astro sync`), that a landing's call to action, target
 * and programme exist, and that an external address is on the allow-list of content/settings/site.yml.
 * The localized loader names the file in the error; the rules are src/lib/landings.ts's.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { type LandingLink, type LinkContext, linkProblems } from '../lib/landings.ts';

const settingsFile = 'content/settings/site.yml';
export const allowListField = 'allowedExternalOrigins';

function linkContext(root: string): LinkContext {
	const settings = (yaml.load(readFileSync(path.join(root, settingsFile), 'utf8')) ?? {}) as Record<string, unknown>;
	const allowed = (settings[allowListField] as { origin?: string }[] | undefined) ?? [];
	return {
		entryExists: (collection, key) => ['mdx', 'md'].some((extension) => existsSync(path.join(root, 'content', collection, 'ja', `${key}.${extension}`))),
		allowedOrigins: allowed.flatMap((item) => (item.origin ? [new URL(item.origin).origin] : [])),
		allowListName: `${allowListField} in ${settingsFile}`,
	};
}

/** The localized loader's check for landings: problems as lines naming the field and its value. */
export function checkLandingLinks(data: Record<string, unknown>, root: URL): string[] {
	return linkProblems(data as { cta?: LandingLink; target?: LandingLink; programme?: string }, linkContext(fileURLToPath(new URL('.', root))));
}
