/**
 * `npm start` run and stopped as a terminal would, on free ports (the CMS tests and `npm run bench:cms`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port.ts';
import { terminalEnv } from './run-project.ts';

/** Whether a process exists. */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeout: number, what: string): Promise<T> {
	const until = Date.now() + timeout;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

export interface RunningCms {
	/** Where the dev server answers, e.g. http://127.0.0.1:41234 */
	url: string;
	/** `npm`, the process the test started; leader of its own process group, as in a terminal. */
	npm: ChildProcess;
	pids: { runner: number; astro: number; decap: number };
	/** Milliseconds from spawning `npm start` to its "Ready" line (both servers answering). */
	readyAfter: number;
	output(): string;
	/** Ctrl-C: SIGINT to the whole process group, then wait for every process to be gone. */
	stop(): Promise<void>;
}

/** Runs `npm start` in a project copy on free ports and waits until it says it is ready. */
export async function startCms(root: string, options: { onSpawn?: (url: string, started: number) => void } = {}): Promise<RunningCms> {
	const [sitePort, decapPort] = [await freePort(), await freePort()];
	const started = Date.now();
	const npm = spawn('npm', ['start', '--', '--port', String(sitePort), '--host', '127.0.0.1', '--decap-port', String(decapPort)], {
		cwd: root,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: terminalEnv({ BROWSER: 'none' }),
	});
	options.onSpawn?.(`http://127.0.0.1:${sitePort}`, started);
	let output = '';
	npm.stdout?.on('data', (chunk) => (output += chunk));
	npm.stderr?.on('data', (chunk) => (output += chunk));
	const ready = await waitFor(
		() => {
			if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}:\n${output}`);
			return /Ready: .*\(runner pid (\d+), astro pid (\d+), decap-server pid (\d+)\)/.exec(output) ?? undefined;
		},
		120_000,
		'npm start to be ready',
	).catch((error) => {
		if (npm.pid) process.kill(-npm.pid, 'SIGKILL');
		throw new Error(`${(error as Error).message}\n--- npm start printed:\n${output.slice(-4000)}`);
	});
	const readyAfter = Date.now() - started;
	const pids = { runner: Number(ready[1]), astro: Number(ready[2]), decap: Number(ready[3]) };
	return {
		url: `http://127.0.0.1:${sitePort}`,
		npm,
		pids,
		readyAfter,
		output: () => output,
		async stop() {
			if (npm.pid && isRunning(npm.pid)) {
				try {
					process.kill(-npm.pid, 'SIGINT');
				} catch {
					// already gone
				}
			}
			await waitFor(() => ![npm.pid ?? 0, ...Object.values(pids)].some((pid) => pid && isRunning(pid)), 20_000, 'npm start to stop').catch((error) => {
				// Never leave anything behind, even when the test fails.
				for (const pid of Object.values(pids)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
				throw error;
			});
		},
	};
}
