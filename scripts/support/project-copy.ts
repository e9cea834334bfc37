/**
 * A throw-away copy of the project (tests and benchmarks of the CMS run on one, never on the
 * working tree). Its node_modules links each installed package of the project's, but is a folder of
 * its own: Astro's content store (node_modules/.astro) and Vite's dependency cache (node_modules/.vite)
 * of a copy never mix with the project's or another copy's.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What a copy needs to build and run (no .git, no builds, no caches). */
const projectEntries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'cms', 'scripts'];

export function copyProject(prefix = 'cms-project-'): string {
	const root = mkdtempSync(path.join(tmpdir(), prefix));
	for (const name of projectEntries) cpSync(path.join(projectRoot, name), path.join(root, name), { recursive: true });
	const modules = path.join(projectRoot, 'node_modules');
	mkdirSync(path.join(root, 'node_modules'));
	for (const name of readdirSync(modules)) {
		if (name.startsWith('.') && name !== '.bin') continue;
		symlinkSync(path.join(modules, name), path.join(root, 'node_modules', name));
	}
	return root;
}

export function removeProject(root: string | undefined) {
	if (root && root.startsWith(tmpdir())) rmSync(root, { recursive: true, force: true });
}
