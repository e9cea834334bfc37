/** Minimal types for the two untyped packages the test helpers use (no @types packages needed). */
declare module 'parse5' {
	/** Parses a whole document as the HTML standard does; see tests/support/html.ts for the node shape. */
	export function parse(html: string): unknown;
}

declare module 'js-yaml' {
	export function load(source: string, options?: Record<string, unknown>): unknown;
	const yaml: { load: typeof load; CORE_SCHEMA: unknown };
	export const CORE_SCHEMA: unknown;
	export default yaml;
}
