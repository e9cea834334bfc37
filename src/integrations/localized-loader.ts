import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { isLocale, locales } from '../i18n/locales.ts';
import { isStub, KEY_PATTERN, splitEntryId } from '../lib/entry-id.ts';

class ContentFileError extends Error {
	constructor(file: string, message: string) {
		super(`${file}: ${message}`);
		this.name = 'ContentFileError';
	}
}

export interface LocalizedLoaderOptions {
	/** Tidies an entry's frontmatter before the schema sees it. */
	prepare?: (data: Record<string, unknown>) => Record<string, unknown>;
	/** Checks beyond the schema (e.g. that a link leads somewhere): problems, each naming its field. */
	check?: (data: Record<string, unknown>, root: URL) => string[];
}

/**
 * Loads `content/<collection>/<locale>/<key>.mdx`. On top of Astro's glob loader it
 * skips Decap's stubs, checks the folder and file name, and names the file in every error.
 */
export function localizedLoader(collection: string, options: LocalizedLoaderOptions = {}): Loader {
	const base = `./content/${collection}`;
	// Ids always come from the path (`ja/<key>`), never from a `slug` field, so errors name the real file.
	const inner = glob({ pattern: '*/*.{md,mdx}', base, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });
	return {
		name: 'localized-loader',
		load: async (context: LoaderContext) => {
			const skipped = new Set<string>();
			const root = context.config.root;
			const relative = (filePath: string | undefined, id: string) =>
				filePath ? path.relative(new URL('.', root).pathname, filePath) : `${base.slice(2)}/${id}.mdx`;
			const parseData: LoaderContext['parseData'] = async (props) => {
				const file = relative(props.filePath, props.id);
				const { locale, key } = splitEntryId(props.id);
				if (!isLocale(locale)) {
					throw new ContentFileError(file, `folder "${locale}" is not a locale; use one of ${locales.join(', ')}.`);
				}
				if (!KEY_PATTERN.test(key)) {
					throw new ContentFileError(file, `file name "${key}" is not a valid key; use lower-case letters, digits and hyphens.`);
				}
				const data = props.data as Record<string, unknown>;
				if ('slug' in data) {
					throw new ContentFileError(file, 'field "slug" is not allowed; the file name is the key.');
				}
				if (isStub(data)) {
					skipped.add(props.id);
					return props.data;
				}
				if (data.key !== undefined && data.key !== key) {
					throw new ContentFileError(file, `field "key" is "${String(data.key)}" but the file is named "${key}"; they must match.`);
				}
				let parsed: typeof props.data;
				try {
					parsed = await context.parseData(options.prepare ? { ...props, data: options.prepare(data) as typeof props.data } : props);
				} catch (error) {
					throw new ContentFileError(file, describeSchemaError(error));
				}
				const problems = options.check?.(parsed, root) ?? [];
				if (problems.length > 0) throw new ContentFileError(file, problems.join('\n'));
				return parsed;
			};
			const store = new Proxy(context.store, {
				get(target, property, receiver) {
					if (property === 'set') {
						return (entry: Parameters<typeof target.set>[0]) => {
							if (skipped.has(entry.id)) {
								target.delete(entry.id);
								return false;
							}
							return target.set(entry);
						};
					}
					const value = Reflect.get(target, property, receiver);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			await inner.load({ ...context, parseData, store });
		},
	};
}

/** Turns Astro's schema error into "field: expected …" lines. */
function describeSchemaError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.replace(/\*\*/g, '').trim();
}
