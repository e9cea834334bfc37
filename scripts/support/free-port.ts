/** A TCP port nothing listens on: `preferred` when it is free, else any the system gives. */
import { createServer } from 'node:net';

export async function freePort(preferred = 0, host = '127.0.0.1'): Promise<number> {
	const tryPort = (port: number) =>
		new Promise<number>((resolve, reject) => {
			const server = createServer();
			server.once('error', reject);
			server.listen(port, host, () => {
				const address = server.address();
				server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
			});
		});
	if (!preferred) return tryPort(0);
	try {
		return await tryPort(preferred);
	} catch {
		return tryPort(0);
	}
}
