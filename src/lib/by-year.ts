/** Entries grouped by the year of their date, newest year first, keeping the entries' order within a year. */
export function groupByYear<T>(items: T[], dateOf: (item: T) => Date): { year: number; items: T[] }[] {
	const groups = new Map<number, T[]>();
	for (const item of items) {
		const year = dateOf(item).getUTCFullYear();
		groups.set(year, [...(groups.get(year) ?? []), item]);
	}
	return [...groups].sort(([a], [b]) => b - a).map(([year, grouped]) => ({ year, items: grouped }));
}
