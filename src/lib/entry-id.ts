/** Entry ids and keys: `content/<collection>/<locale>/<key>.mdx` is entry `<locale>/<key>`. */

/** Keys are ASCII, lower case, words joined by hyphens: they become URLs in every language. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An entry Decap CMS wrote for a locale nobody has translated yet: it carries only the
 * language-neutral fields. It counts as a missing translation, never as an error.
 */
export function isStub(data: Record<string, unknown> | undefined): boolean {
	return !data || typeof data.title !== 'string' || data.title.trim() === '';
}

/** `ja/some-key` → `{ locale: 'ja', key: 'some-key' }`. */
export function splitEntryId(id: string): { locale: string; key: string } {
	const [locale = '', ...rest] = id.split('/');
	return { locale, key: rest.join('/') };
}
