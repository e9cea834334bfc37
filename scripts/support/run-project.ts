/**
 * Running the project's own tools in the project or a copy of it, as a terminal would: with the
 * project's Node (a devDependency: Astro needs Node 22, whatever Node runs the caller) and without the
 * variables Vitest sets. Left in, NODE_ENV=test, MODE=test and PROD='' make Astro build and serve in
 * development mode (import.meta.env.PROD false), which is not what `npm run build` ships: example
 * stories, for one, would stay in whatever the setting says.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** node_modules/node's binary (package.json pins it), else the Node running this. */
export const projectNode = [path.join(projectRoot, 'node_modules/node/bin/node')].find((file) => existsSync(file)) ?? process.execPath;

/** Variables Vitest puts into process.env (NODE_ENV=test, and import.meta.env's MODE, DEV, PROD…). */
const vitestVariables = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'FORCE_TTY']);

/** This process's environment as a terminal has it: without Vitest's variables, telemetry off. */
export function terminalEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (!vitestVariables.has(name) && !name.startsWith('VITEST')) env[name] = value;
	}
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export interface RunResult {
	ok: boolean;
	status: number | null;
	/** stdout and stderr as printed, colours stripped. */
	output: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
const colours = /\u001b\[[0-9;]*m/g;

/** `node ARGS` in `root` with the project's Node; never throws, resolves when it exits (killed after `timeout` ms). */
export function runNode(root: string, args: string[], options: { env?: Record<string, string>; timeout?: number } = {}): Promise<RunResult> {
	return new Promise((resolve) => {
		const child = spawn(projectNode, args, {
			cwd: root,
			env: terminalEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ...options.env }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 300_000);
		const done = (status: number | null, error?: Error) => {
			clearTimeout(timer);
			resolve({ ok: status === 0, status, output: `${output}${error ? `\n${error.message}` : ''}`.replace(colours, '') });
		};
		child.on('error', (error) => done(null, error));
		child.on('close', (status) => done(status));
	});
}

/** `npm run build` (scripts/build.ts: the site, then its search index) of the project at `root`. */
export function buildProject(root: string, outDir = path.join(root, 'dist')): Promise<RunResult> {
	seedImageCache(root);
	return runNode(root, ['scripts/build.ts', '--outDir', outDir], { env: { ASTRO_LOG_LEVEL: 'warn' } });
}

/**
 * A copy builds from the project's cache of optimised images (Astro's node_modules/.astro/assets, keyed
 * by the image and the transform) as it is when the build starts: encoding the images is most of a
 * build's time. Files already in the copy's cache are kept.
 */
function seedImageCache(root: string) {
	const cache = 'node_modules/.astro/assets';
	if (path.resolve(root) === projectRoot || !existsSync(path.join(projectRoot, cache))) return;
	cpSync(path.join(projectRoot, cache), path.join(root, cache), { recursive: true, force: false });
}

/** `astro sync` of the project at `root`: every collection loaded and checked, as a build does first. */
export function syncContent(root: string): Promise<RunResult> {
	return runNode(root, ['node_modules/astro/bin/astro.mjs', 'sync']);
}
