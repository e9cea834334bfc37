/**
 * A stand-in for `astro:content` in unit tests of src/lib modules that query collections:
 *   vi.mock('astro:content', () => import('./fake-content.ts').then((m) => m.astroContentMock));
 * then `fakeCollections({ stories: [story('ja', 'a', {...})] })` before each test.
 */
type FakeEntry = { id: string; collection: string; data: Record<string, unknown>; filePath?: string };

/** Held on globalThis so the state survives vi.resetModules() (which reloads this module too). */
const store = ((globalThis as Record<string, unknown>).__fakeAstroContent ??= {
	collections: {} as Record<string, FakeEntry[]>,
	settings: { publishExampleStories: true } as Record<string, unknown>,
}) as { collections: Record<string, FakeEntry[]>; settings: Record<string, unknown> };

export function fakeCollections(content: Record<string, FakeEntry[]>, siteSettings: Record<string, unknown> = { publishExampleStories: true }) {
	store.collections = content;
	store.settings = siteSettings;
}

export function entry(collection: string, locale: string, key: string, data: Record<string, unknown> = {}): FakeEntry {
	return {
		id: `${locale}/${key}`,
		collection,
		data: { key, title: `${key} (${locale})`, description: 'd', ...data },
		filePath: `content/${collection}/${locale}/${key}.mdx`,
	};
}

export function story(locale: string, key: string, data: Record<string, unknown> = {}): FakeEntry {
	return entry('stories', locale, key, { date: new Date('2024-01-01'), country: 'in', industry: 'software', example: false, ...data });
}

export const astroContentMock = {
	getCollection: async (name: string) => store.collections[name] ?? [],
	getEntry: async (name: string, id: string) =>
		name === 'settings' && id === 'site' ? { id, data: store.settings } : store.collections[name]?.find((item) => item.id === id),
	render: async () => ({ Content: () => null }),
	defineCollection: (config: unknown) => config,
};
