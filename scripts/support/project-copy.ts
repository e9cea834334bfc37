/**
 * A throw-away copy of the project: tests, and the CMS and search benchmarks, build and run copies,
 * never the working tree. What a build or `npm start` reads is copied; node_modules is a folder of
 * links to the project's packages, so a copy's Astro content store (node_modules/.astro) and Vite
 * cache (node_modules/.vite) never mix with the project's or another copy's.
 *
 *   const root = copyProject('bench-');          a folder; removeProject(root) when done
 *   const copy = ProjectCopy.create();           the same, with edits that restore() puts back
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildProject, projectRoot, type RunResult, syncContent } from './run-project.ts';

export { projectRoot };

/** What a copy needs to build and run (no .git, no tests, no builds, no caches). */
const projectEntries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'cms', 'scripts'];

export function copyProject(prefix = 'lwit-copy-'): string {
	const root = mkdtempSync(path.join(tmpdir(), prefix));
	for (const name of projectEntries) cpSync(path.join(projectRoot, name), path.join(root, name), { recursive: true });
	const modules = path.join(projectRoot, 'node_modules');
	mkdirSync(path.join(root, 'node_modules'));
	for (const name of readdirSync(modules)) {
		if (name.startsWith('.') && name !== '.bin') continue; // caches stay out
		symlinkSync(path.join(modules, name), path.join(root, 'node_modules', name));
	}
	return root;
}

export function removeProject(root: string | undefined) {
	if (root && root.startsWith(tmpdir())) rmSync(root, { recursive: true, force: true });
}

/** A copy whose files can be edited and put back, then built or synced. Paths are relative to the copy. */
export class ProjectCopy {
	private originals = new Map<string, string | undefined>();
	readonly root: string;

	// No parameter property: scripts run under Node's type stripping, which refuses them.
	private constructor(root: string) {
		this.root = root;
	}

	static create(prefix?: string): ProjectCopy {
		return new ProjectCopy(copyProject(prefix));
	}

	path(file: string) {
		return path.join(this.root, file);
	}

	read(file: string): string {
		return readFileSync(this.path(file), 'utf8');
	}

	private remember(file: string) {
		if (!this.originals.has(file)) this.originals.set(file, existsSync(this.path(file)) ? this.read(file) : undefined);
	}

	write(file: string, content: string) {
		this.remember(file);
		mkdirSync(path.dirname(this.path(file)), { recursive: true });
		writeFileSync(this.path(file), content);
	}

	/** Fails when `change` changes nothing: the caller's pattern no longer matches the content. */
	edit(file: string, change: (source: string) => string) {
		const before = this.read(file);
		const after = change(before);
		if (after === before) throw new Error(`Editing ${file} changed nothing: the test's pattern no longer matches the content.`);
		this.write(file, after);
	}

	remove(file: string) {
		this.remember(file);
		rmSync(this.path(file), { force: true });
	}

	/** Puts back every file changed since the last restore. */
	restore() {
		for (const [file, content] of this.originals) {
			if (content === undefined) {
				if (existsSync(this.path(file))) unlinkSync(this.path(file));
			} else writeFileSync(this.path(file), content);
		}
		this.originals.clear();
	}

	/** `npm run build` of the copy into its dist/ (emptied first). */
	build(): Promise<RunResult> {
		rmSync(this.path('dist'), { recursive: true, force: true });
		return buildProject(this.root, this.path('dist'));
	}

	/** `astro sync`: loads every collection and checks it against its schema, as a build does first. */
	sync(): Promise<RunResult> {
		return syncContent(this.root);
	}

	dispose() {
		removeProject(this.root);
	}
}
