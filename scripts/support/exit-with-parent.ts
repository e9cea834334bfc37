/**
 * Preloaded (`node --import`) into the servers `npm start` runs: a server exits when the runner that
 * started it is gone, even if the runner was killed outright (SIGKILL) and could not stop it.
 * The runner gives each server an IPC channel; the channel closes when the runner dies.
 */
if (process.channel) {
	process.channel.unref();
	process.on('disconnect', () => process.exit(0));
}
