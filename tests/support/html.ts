/**
 * Reading built HTML the way a browser does (parse5: the HTML standard's parser, entities decoded),
 * with a small query helper: `tag`, `.class`, `#id`, `[attr]`, `[attr=value]`, `[attr~=value]`,
 * compounded (`link[rel=alternate][hreflang]`) — no combinators, on purpose: tests stay readable.
 */
import { parse } from 'parse5';

export interface Node {
	nodeName: string;
	tagName?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	parentNode?: Node;
	value?: string;
	/** <template> content. */
	content?: Node;
}

export type Element = Node & { tagName: string; attrs: { name: string; value: string }[]; childNodes: Node[] };

export function parseHtml(source: string): Node {
	return parse(source) as unknown as Node;
}

export function isElement(node: Node): node is Element {
	return typeof node.tagName === 'string';
}

export function attr(element: Node, name: string): string | undefined {
	return element.attrs?.find((attribute) => attribute.name === name)?.value;
}

export function hasAttr(element: Node, name: string): boolean {
	return attr(element, name) !== undefined;
}

type Test = (element: Element) => boolean;

function compile(selector: string): Test {
	const tests: Test[] = [];
	const pattern = /([a-z][a-z0-9-]*)|\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:(~?=)(?:"([^"]*)"|'([^']*)'|([^\]]*)))?\]/gy;
	let match: RegExpExecArray | null;
	let position = 0;
	const text = selector.trim();
	pattern.lastIndex = 0;
	while (position < text.length && (match = pattern.exec(text))) {
		position = pattern.lastIndex;
		const [, tag, className, id, name, operator, v1, v2, v3] = match;
		if (tag) tests.push((element) => element.tagName === tag);
		else if (className) tests.push((element) => (attr(element, 'class') ?? '').split(/\s+/).includes(className));
		else if (id) tests.push((element) => attr(element, 'id') === id);
		else if (name) {
			const expected = v1 ?? v2 ?? v3;
			if (!operator) tests.push((element) => hasAttr(element, name));
			else if (operator === '=') tests.push((element) => attr(element, name) === expected);
			else tests.push((element) => (attr(element, name) ?? '').split(/\s+/).includes(expected ?? ''));
		}
	}
	if (position !== text.length) throw new Error(`Unsupported selector "${selector}" (tests/support/html.ts)`);
	return (element) => tests.every((test) => test(element));
}

/** Every element under `root` (document order) that matches a compound selector or predicate. */
export function queryAll(root: Node, selector: string | Test = '*'): Element[] {
	const test = typeof selector === 'function' ? selector : selector === '*' ? () => true : compile(selector);
	const found: Element[] = [];
	const visit = (node: Node) => {
		if (isElement(node) && test(node)) found.push(node);
		for (const child of node.childNodes ?? []) visit(child);
		if (node.content) visit(node.content);
	};
	for (const child of root.childNodes ?? []) visit(child);
	return found;
}

export function query(root: Node, selector: string | Test): Element | undefined {
	return queryAll(root, selector)[0];
}

/** Text content, whitespace collapsed. */
export function textOf(node: Node): string {
	const parts: string[] = [];
	const visit = (current: Node) => {
		if (current.nodeName === '#text') parts.push(current.value ?? '');
		for (const child of current.childNodes ?? []) visit(child);
	};
	visit(node);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The language an element is in: its own `lang`, or the nearest ancestor's. */
export function langOf(node: Node): string | undefined {
	for (let current: Node | undefined = node; current; current = current.parentNode) {
		const lang = attr(current, 'lang');
		if (lang !== undefined) return lang;
	}
	return undefined;
}

/** Whether `node` is `ancestor` or inside it. */
export function isInside(node: Node, ancestor: Node): boolean {
	for (let current: Node | undefined = node; current; current = current.parentNode) if (current === ancestor) return true;
	return false;
}
