/**
 * Helpers for the CMS tests: byte snapshots of a folder and builds of a project copy; copies and
 * `npm start` come from scripts/support (the CMS benchmark uses them too).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { terminalEnv } from '../../scripts/support/run-cms.ts';

export { copyProject, removeProject } from '../../scripts/support/project-copy.ts';
export { freePort, isRunning, type RunningCms, startCms, terminalEnv, waitFor } from '../../scripts/support/run-cms.ts';

/** Every file under `folder`, relative path → bytes. */
export function snapshot(folder: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const walk = (directory: string) => {
		for (const entry of readdirSync(directory, { withFileTypes: true })) {
			const full = path.join(directory, entry.name);
			if (entry.isDirectory()) walk(full);
			else files.set(path.relative(folder, full).split(path.sep).join('/'), readFileSync(full));
		}
	};
	walk(folder);
	return files;
}

/** `astro build` of a copy; never throws, resolves to the exit status and everything printed. */
export function buildCopy(root: string, outDir = path.join(root, 'dist')): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
			cwd: root,
			env: { ...terminalEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
		child.on('close', (status) => {
			clearTimeout(timer);
			resolve({ status, output });
		});
	});
}

