/** Markdown and MDX files as editors' tools write them: YAML frontmatter between `---` lines, then the body. */
import yaml from 'js-yaml';

export interface ParsedEntry {
	data: Record<string, unknown>;
	body: string;
}

/**
 * Splits a Markdown/MDX file into its YAML frontmatter (strings stay strings: dates are not turned
 * into Date objects) and its body. Throws on YAML that does not parse.
 */
export function parseEntryFile(text: string): ParsedEntry {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return { data: {}, body: text };
	const data = (yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
	return { data, body: text.slice(match[0].length) };
}
