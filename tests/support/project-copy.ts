/**
 * A throw-away copy of the project to build with broken content: what a build reads (DESIGN.md's
 * fixed top level) is copied; node_modules is a folder of symlinks to the real packages, so the copy
 * has its own Astro and Vite caches and never disturbs the real build's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCommand, buildEnv, projectRoot } from './paths.ts';

const copied = ['src', 'content', 'public', 'cms', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BuildResult {
	ok: boolean;
	status: number | null;
	/** stdout and stderr, colours stripped. */
	output: string;
}

export class ProjectCopy {
	private originals = new Map<string, string | undefined>();

	private constructor(readonly root: string) {}

	static create(): ProjectCopy {
		const root = mkdtempSync(path.join(tmpdir(), 'lwit-copy-'));
		for (const entry of copied) {
			if (existsSync(path.join(projectRoot, entry))) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
		}
		const modules = path.join(root, 'node_modules');
		mkdirSync(modules);
		for (const entry of readdirSync(path.join(projectRoot, 'node_modules'))) {
			if (entry.startsWith('.') && entry !== '.bin') continue; // caches stay out
			symlinkSync(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
		}
		return new ProjectCopy(root);
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

	build(): BuildResult {
		const outDir = this.path('dist');
		rmSync(outDir, { recursive: true, force: true });
		const result = spawnSync(buildCommand.command, [...buildCommand.args, '--outDir', outDir], {
			cwd: this.root,
			encoding: 'utf8',
			env: buildEnv({ ASTRO_LOG_LEVEL: 'warn', NO_COLOR: '1', FORCE_COLOR: '0' }),
			timeout: 180_000,
		});
		// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
		const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
		return { ok: result.status === 0, status: result.status, output };
	}

	dispose() {
		rmSync(this.root, { recursive: true, force: true });
	}
}
