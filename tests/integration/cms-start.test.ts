/**
 * `npm start` runs the Astro dev server and decap-server together, and leaves no process behind:
 * - Ctrl-C (SIGINT to the terminal's process group) stops npm, the runner and both servers;
 * - if the runner is killed outright (SIGKILL, it cannot clean up), both servers still exit;
 * - if one server dies, the runner stops the other and exits with an error.
 * Each case runs on its own copy of the project, on free ports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, removeProject } from '../../scripts/support/project-copy.ts';
import { isRunning, type RunningCms, startCms, waitFor } from '../../scripts/support/run-cms.ts';

let root: string;
const running: RunningCms[] = [];

afterAll(async () => {
	// Whatever happened, nothing this file started may survive it.
	for (const cms of running) {
		for (const pid of [cms.npm.pid ?? 0, ...Object.values(cms.pids)]) if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
	}
	removeProject(root);
});

async function start() {
	root ??= copyProject('cms-start-');
	const cms = await startCms(root);
	running.push(cms);
	// Both servers answer: the CMS page, and decap-server through the dev server's proxy.
	expect((await fetch(`${cms.url}/admin/`).then((response) => response.text())).includes('id="cms-config"')).toBe(true);
	const info = await fetch(`${cms.url}/api/v1/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
	expect(await info.json()).toMatchObject({ type: 'local_fs' });
	for (const pid of Object.values(cms.pids)) expect(isRunning(pid)).toBe(true);
	return cms;
}

const gone = (pids: number[], what: string) => waitFor(() => pids.every((pid) => !isRunning(pid)), 15_000, what);

const refused = (url: string) =>
	fetch(url, { signal: AbortSignal.timeout(2000) }).then(
		() => false,
		() => true,
	);

describe('npm start', () => {
	it('stops both servers on Ctrl-C', async () => {
		const cms = await start();
		await cms.stop();
		expect(Object.values(cms.pids).filter(isRunning)).toEqual([]);
		expect(await refused(`${cms.url}/admin/`)).toBe(true);
	}, 180_000);

	it('leaves no server behind when the runner itself is killed outright', async () => {
		const cms = await start();
		process.kill(cms.pids.runner, 'SIGKILL');
		await gone([cms.pids.astro, cms.pids.decap], 'both servers to exit after their runner was killed');
		expect(await refused(`${cms.url}/admin/`)).toBe(true);
		await cms.stop();
	}, 180_000);

	it('stops the dev server and fails when decap-server dies', async () => {
		const cms = await start();
		const exited = new Promise<number | null>((resolve) => cms.npm.on('exit', (code) => resolve(code)));
		process.kill(cms.pids.decap, 'SIGTERM');
		await gone([cms.pids.astro, cms.pids.runner], 'the runner to stop the dev server');
		expect(await exited).not.toBe(0);
		expect(cms.output()).toContain('decap-server stopped');
	}, 180_000);
});
