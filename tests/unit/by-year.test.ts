import { expect, test } from 'vitest';
import { groupByYear } from '../../src/lib/by-year.ts';

test('groups by year, newest year first, keeping the order within a year', () => {
	const items = [
		{ key: 'c', date: new Date('2023-03-01') },
		{ key: 'b', date: new Date('2022-12-31') },
		{ key: 'a', date: new Date('2022-07-15') },
		{ key: 'd', date: new Date('2024-01-01') },
	];
	expect(groupByYear(items, (item) => item.date).map((group) => [group.year, group.items.map((item) => item.key)])).toEqual([
		[2024, ['d']],
		[2023, ['c']],
		[2022, ['b', 'a']],
	]);
});
