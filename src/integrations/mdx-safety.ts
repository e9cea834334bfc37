/**
 * Editors' MDX is data, not code (DESIGN.md). MDX compiles to JavaScript that runs at build time,
 * where deploy credentials live, so content under content/ may only use the editor components with
 * literal props. The components and their props are src/lib/editor-components.ts; this module checks a
 * tree against them. `mdxSafety()` enforces the rules on Astro's real MDX compile path (a Sätteri mdast
 * plugin registered in astro.config.mjs) and `checkMdxSource()` runs the same rules outside a build
 * (tests, scripts).
 *
 * Refused, with file, line and reason: import/export, {expressions} (comments included), any element
 * other than the editor components, <script>/<iframe>/<style>, on* attributes, unknown or
 * non-literal props, and links whose scheme is not http, https, mailto or tel (javascript: …).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { type ComponentSpec, editorComponentSpecs, unsafeUrlReason } from '../lib/editor-components.ts';

/** The build's rules: the editor components' specs, looked up by the element's name. */
export const editorComponentRules: Readonly<Record<string, ComponentSpec | undefined>> = editorComponentSpecs;

export interface MdxProblem {
	line?: number;
	column?: number;
	reason: string;
}

/** The shape of the mdast nodes this check reads (unist + MDX). */
export interface MdastNode {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: MdastNode[];
	position?: { start?: { line?: number; column?: number } };
}

const dangerousElements: Record<string, string> = {
	script: "scripts run in readers' browsers",
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

function checkElement(node: MdastNode, problems: MdxProblem[], at: (node: MdastNode) => Omit<MdxProblem, 'reason'>) {
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
	// Own names only: `constructor`, `toString`… are no components and no props.
	const rule = Object.hasOwn(editorComponentRules, name) ? editorComponentRules[name] : undefined;
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
		const propRule = Object.hasOwn(rule.props, prop) ? rule.props[prop] : undefined;
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
		const isPlain = (child: MdastNode): boolean => child.type === 'text' || (child.type === 'paragraph' && (child.children ?? []).every(isPlain));
		if (!children.every(isPlain)) {
			problems.push({
				...where,
				reason: `<${name}> may contain plain text only (no formatting, links or components): the CMS editor rewrites them.`,
			});
		}
	}
}

/** Every problem in an mdast tree (MDX or Markdown), in document order. */
export function checkMdxTree(root: MdastNode): MdxProblem[] {
	const problems: MdxProblem[] = [];
	const at = (node: MdastNode) => ({ line: node.position?.start?.line, column: node.position?.start?.column });
	const visit = (node: MdastNode) => {
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
				const problems = checkMdxTree(tree as unknown as MdastNode);
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
	try {
		return checkMdxTree(await parseMdx(source));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
		return [match ? { line: Number(match[1]), column: Number(match[2]), reason: match[3] } : { reason: message }];
	}
}

/** An MDX file (frontmatter included, so lines are the file's own) as the build's parser reads it. Throws on a syntax error. */
export async function parseMdx(source: string): Promise<MdastNode> {
	const { mdxToMdast } = await import('satteri');
	return mdxToMdast(source, { features: { frontmatter: true } }) as unknown as MdastNode;
}
