/** The build's timestamp: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch === undefined || epoch === '') return new Date();
	const seconds = Number(epoch);
	if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}".`);
	return new Date(seconds * 1000);
}
