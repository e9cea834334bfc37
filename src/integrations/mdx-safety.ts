/**
 * Editors' MDX is data, not code (DESIGN.md). MDX compiles to JavaScript that runs at build time,
 * where deploy credentials live, so content under content/ may only use the editor components with
 * literal props. This module holds the rules; `mdxSafety()` enforces them on Astro's real MDX compile
 * path (a Sätteri mdast plugin registered in astro.config.mjs) and `checkMdxSource()` runs the same
 * rules outside a build (tests, scripts).
 *
 * Refused, with file, line and reason: import/export, {expressions} (comments included), any element
 * other than the editor components, <script>/<iframe>/<style>, on* attributes, unknown or
 * non-literal props, and links whose scheme is not http, https, mailto or tel (javascript: …).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';

/** A prop an editor component accepts; every value is a literal string. */
interface PropRule {
	required?: boolean;
	/** The only values allowed. */
	oneOf?: readonly string[];
	/** Extra check of the value; returns the reason it is refused. */
	check?: (value: string) => string | undefined;
}

interface ComponentRule {
	props: Record<string, PropRule>;
	/** What may go between the tags. */
	children: 'none' | 'text';
}

/** Safe link: a path, a fragment, or an http(s), mailto or tel URL. */
export function unsafeUrlReason(url: string): string | undefined {
	// Browsers ignore control characters and spaces inside a scheme (java\tscript:), so do we.
	// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it removes
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
	if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) {
		return `links may use http, https, mailto or tel; "${scheme}:" is not allowed`;
	}
	return undefined;
}

const mediaPath = (value: string) =>
	/^\/media\/[a-z0-9][a-z0-9/._-]*$/.test(value) && !value.includes('..')
		? undefined
		: `"${value}" is not an uploaded image; pick one in the CMS (its path starts with /media/)`;

/**
 * The editor components and their props. Keep in step with src/components/mdx/index.ts (a unit test
 * compares the names) and cms/editor-components.ts (a unit test round-trips every component).
 */
export const editorComponentRules: Record<string, ComponentRule> = {
	Figure: {
		props: { src: { required: true, check: mediaPath }, alt: { required: true }, caption: {} },
		children: 'none',
	},
	Callout: { props: { title: {}, tone: { oneOf: ['info', 'important'] } }, children: 'text' },
	ButtonLink: { props: { href: { required: true, check: unsafeUrlReason } }, children: 'text' },
};

export interface MdxProblem {
	line?: number;
	column?: number;
	reason: string;
}

/** The shape of the mdast nodes this check reads (unist + MDX). */
interface Node {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: Node[];
	position?: { start?: { line?: number; column?: number } };
}

const dangerousElements: Record<string, string> = {
	script: 'scripts run in readers\' browsers',
	iframe: 'embedded frames load other sites into the page',
	style: 'styles belong to the site, not to content',
};

function describeEsm(value: string): string {
	const keyword = /^\s*(import|export)\b/.exec(value)?.[1] ?? 'import/export';
	return `"${keyword}" is not allowed in content: MDX code runs at build time. Use the editor components instead.`;
}

function describeExpression(value: string): string {
	if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(value)) {
		return 'MDX comments {/* … */} are not allowed: the CMS editor rewrites them. Remove the comment.';
	}
	const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return `the expression {${shown}} is not allowed: MDX code runs at build time. Write the text itself; to show a brace, write \\{ or \\}.`;
}

function checkElement(node: Node, problems: MdxProblem[], at: (node: Node) => Omit<MdxProblem, 'reason'>) {
	const name = node.name ?? '';
	const where = at(node);
	if (name === '') {
		problems.push({ ...where, reason: 'fragments <>…</> are not allowed; write the content without them.' });
		return;
	}
	const lower = name.toLowerCase();
	if (dangerousElements[lower]) {
		problems.push({ ...where, reason: `<${name}> is not allowed: ${dangerousElements[lower]}.` });
		return;
	}
	const rule = editorComponentRules[name];
	if (!rule) {
		const allowed = Object.keys(editorComponentRules).join(', ');
		problems.push({ ...where, reason: `<${name}> is not an editor component; content may use only ${allowed}.` });
		return;
	}
	const seen = new Set<string>();
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			problems.push({ ...where, reason: `<${name}>: spread props {…} are not allowed; write each prop as name="text".` });
			continue;
		}
		const prop = attribute.name;
		seen.add(prop);
		if (/^on/i.test(prop)) {
			problems.push({ ...where, reason: `<${name}>: event handler attribute "${prop}" is not allowed.` });
			continue;
		}
		const propRule = rule.props[prop];
		if (!propRule) {
			problems.push({ ...where, reason: `<${name}>: unknown prop "${prop}"; it accepts ${Object.keys(rule.props).join(', ')}.` });
			continue;
		}
		if (typeof attribute.value !== 'string') {
			problems.push({
				...where,
				reason: `<${name}>: prop "${prop}" must be literal text in quotes (${prop}="…"), not an expression.`,
			});
			continue;
		}
		if (propRule.oneOf && !propRule.oneOf.includes(attribute.value)) {
			problems.push({ ...where, reason: `<${name}>: ${prop}="${attribute.value}" must be one of ${propRule.oneOf.join(', ')}.` });
			continue;
		}
		const refused = propRule.check?.(attribute.value);
		if (refused) problems.push({ ...where, reason: `<${name}>: ${prop}: ${refused}.` });
	}
	for (const [prop, propRule] of Object.entries(rule.props)) {
		if (propRule.required && !seen.has(prop)) problems.push({ ...where, reason: `<${name}>: prop "${prop}" is required.` });
	}
	const children = node.children ?? [];
	if (rule.children === 'none' && children.length > 0) {
		problems.push({ ...where, reason: `<${name}> takes no content between its tags; write <${name} … />.` });
	}
	if (rule.children === 'text') {
		const isPlain = (child: Node): boolean =>
			child.type === 'text' || (child.type === 'paragraph' && (child.children ?? []).every(isPlain));
		if (!children.every(isPlain)) {
			problems.push({
				...where,
				reason: `<${name}> may contain plain text only (no formatting, links or components): the CMS editor rewrites them.`,
			});
		}
	}
}

/** Every problem in an mdast tree (MDX or Markdown), in document order. */
export function checkMdxTree(root: Node): MdxProblem[] {
	const problems: MdxProblem[] = [];
	const at = (node: Node) => ({ line: node.position?.start?.line, column: node.position?.start?.column });
	const visit = (node: Node) => {
		switch (node.type) {
			case 'mdxjsEsm':
				problems.push({ ...at(node), reason: describeEsm(String(node.value ?? '')) });
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				problems.push({ ...at(node), reason: describeExpression(String(node.value ?? '')) });
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, problems, at);
				break;
			case 'html':
				problems.push({ ...at(node), reason: 'raw HTML is not allowed in content; use the editor components.' });
				return;
			case 'link':
			case 'image':
			case 'definition': {
				const refused = unsafeUrlReason(node.url ?? '');
				if (refused) problems.push({ ...at(node), reason: `${refused}.` });
				break;
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return problems;
}

/** `content/x.mdx:12:3: reason`, one line per problem, as compilers print them. */
export function formatProblems(file: string, problems: MdxProblem[]): string {
	return problems
		.map((problem) => `${file}${problem.line ? `:${problem.line}` : ''}${problem.column ? `:${problem.column}` : ''}: ${problem.reason}`)
		.join('\n');
}

export class UnsafeContentError extends Error {
	readonly problems: MdxProblem[];
	readonly file: string;
	/** Read by Astro's MDX plugin to point its error overlay at the first problem. */
	readonly line: number | undefined;
	readonly column: number | undefined;
	constructor(file: string, problems: MdxProblem[]) {
		super(`Content is refused (content may use only the editor components, with literal props):\n${formatProblems(file, problems)}`);
		this.name = 'UnsafeContentError';
		this.file = file;
		this.problems = problems;
		this.line = problems[0]?.line;
		this.column = problems[0]?.column;
	}
}

/**
 * The check as a Sätteri mdast plugin: Astro compiles every .md/.mdx through it, and a file under
 * `contentDir` with any problem fails the build with file, line and reason.
 */
export function mdxSafety(options: { root: URL | string; contentDir?: string }) {
	const root = typeof options.root === 'string' ? options.root : fileURLToPath(options.root);
	const contentDir = path.resolve(root, options.contentDir ?? 'content');
	return (context: PluginFactoryContext): MdastPluginDefinition | null => {
		if (!context.fileURL) return null;
		const file = fileURLToPath(context.fileURL);
		const relative = path.relative(contentDir, file);
		if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
		const shown = path.relative(root, file).split(path.sep).join('/');
		return {
			name: 'mdx-safety',
			options: { position: true },
			// Astro blanks the frontmatter out line for line, so these line numbers are the file's own.
			before(tree) {
				const problems = checkMdxTree(tree as unknown as Node);
				if (problems.length > 0) throw new UnsafeContentError(shown, problems);
			},
		};
	};
}

/**
 * Checks an MDX source outside a build, with the same rules (and the same parser) as the build.
 * A syntax error is a problem too.
 */
export async function checkMdxSource(source: string): Promise<MdxProblem[]> {
	const { mdxToMdast } = await import('satteri');
	try {
		const tree = mdxToMdast(source, { features: { frontmatter: true } });
		return checkMdxTree(tree as unknown as Node);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
		return [match ? { line: Number(match[1]), column: Number(match[2]), reason: match[3] } : { reason: message }];
	}
}
