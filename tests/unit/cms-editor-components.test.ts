/**
 * The CMS's editor components write MDX the build accepts, read back what they wrote, and cover
 * exactly the components and props of the registry (src/lib/editor-components.ts), as do the build's
 * MDX check and the .astro components (src/components/mdx/).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadCmsConfig } from '../../cms/config.ts';
import { decodeText, editorComponents, encodeText } from '../../cms/editor-components.ts';
import { checkMdxSource, editorComponentRules } from '../../src/integrations/mdx-safety.ts';
import { editorComponentNames, editorComponentSpecs, type PropSpec } from '../../src/lib/editor-components.ts';
import { projectRoot } from '../support/paths.ts';

/** Text an editor might type that would be code, markup or formatting if written out raw. */
const awkward = 'Fees & dates: see "Guide" <script>alert(1)</script> {process.env.SECRET} *not bold* [x](javascript:alert(1)) #1 | ~ \\ 東京都の「説明会」';

const samples: Record<string, Record<string, string>> = {
	Figure: { src: '/media/figures/tokyo-office.jpg', alt: `An office in "Tokyo" & more <b>`, caption: awkward },
	Callout: { title: 'Apply by "15 August" & <soon>', tone: 'important', text: awkward },
	ButtonLink: { href: 'https://www.example.org/apply?a=1&b="2"', text: awkward },
};

/** Plain valid values of the required props. */
const plain: Record<string, string> = { src: '/media/figures/a.jpg', alt: 'An office', href: '/ja/' };

interface JsxNode {
	type: string;
	name?: string;
	value?: string;
	attributes?: Array<{ name: string; value: unknown }>;
	children?: JsxNode[];
}

function findElement(node: JsxNode, name: string): JsxNode | undefined {
	if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) return node;
	for (const child of node.children ?? []) {
		const found = findElement(child, name);
		if (found) return found;
	}
	return undefined;
}

const textOf = (node: JsxNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

describe('editor components', () => {
	it('are exactly the MDX components editors may use: in the registry, the build check, the CMS and as .astro files', () => {
		const registered = [...editorComponentNames].sort();
		// src/components/mdx/index.ts maps each registered name to its <Name>.astro, and fails without one.
		const astro = readdirSync(path.join(projectRoot, 'src/components/mdx')).filter((name) => name.endsWith('.astro'));
		expect(astro.map((name) => name.replace(/\.astro$/, '')).sort()).toEqual(registered);
		expect(Object.keys(editorComponentRules).sort()).toEqual(registered);
		expect(Object.keys(editorComponents).sort()).toEqual(registered);
		const ids = Object.values(editorComponents)
			.map((component) => component.id)
			.sort();
		for (const collection of loadCmsConfig({}).collections) {
			const body = collection.fields?.find((field) => field.name === 'body');
			if (body) expect([...(body.editor_components as string[])].sort(), collection.name).toEqual(ids);
		}
	});

	for (const name of editorComponentNames) {
		const spec = editorComponentSpecs[name];
		const props = Object.entries(spec.props) as [string, PropSpec][];
		const fields = editorComponents[name].fields as Array<{ name: string; required?: boolean; default?: string; options?: { value: string }[] }>;

		it(`${name}: the CMS form has a field per prop (and one for the text between the tags), as required and with the values the registry says`, () => {
			const expected = [...props.map(([prop]) => prop), ...(spec.children === 'text' ? ['text'] : [])];
			expect(fields.map((field) => field.name).sort()).toEqual(expected.sort());
			for (const [prop, rule] of props) {
				const field = fields.find((candidate) => candidate.name === prop);
				// Decap's fields are required unless they say otherwise; a prop with a default is always written.
				expect(field?.required, `${name}.${prop} required`).toBe(Boolean(rule.required || rule.default !== undefined));
				expect(field?.default, `${name}.${prop} default`).toBe(rule.default);
				expect(
					field?.options?.map((option) => option.value),
					`${name}.${prop} options`,
				).toEqual(rule.oneOf && [...rule.oneOf]);
			}
			if (spec.children === 'text') expect(fields.find((field) => field.name === 'text')?.required).toBe(true);
		});

		it(`${name}: the build accepts every allowed value the CMS offers and refuses the rest and missing required props`, async () => {
			const base = Object.fromEntries(props.filter(([, rule]) => rule.required).map(([prop]) => [prop, plain[prop]]));
			const text = spec.children === 'text' ? 'Text' : undefined;
			const write = (data: Record<string, string | undefined>) => editorComponents[name].toBlock({ ...data, text });
			expect(await checkMdxSource(write(base))).toEqual([]);
			for (const [prop, rule] of props) {
				for (const value of rule.oneOf ?? []) expect(await checkMdxSource(write({ ...base, [prop]: value })), `${prop}="${value}"`).toEqual([]);
				if (rule.required) {
					const reasons = (await checkMdxSource(write({ ...base, [prop]: '' }))).map((problem) => problem.reason);
					expect(reasons).toContain(`<${name}>: prop "${prop}" is required.`);
				}
				if (rule.oneOf) {
					// The CMS only writes allowed values; by hand, another one is refused.
					const block = write({ ...base, [prop]: rule.oneOf[0] }).replace(`${prop}="${rule.oneOf[0]}"`, `${prop}="not-allowed"`);
					const reasons = (await checkMdxSource(block)).map((problem) => problem.reason);
					expect(reasons, block).toContain(`<${name}>: ${prop}="not-allowed" must be one of ${rule.oneOf.join(', ')}.`);
				}
			}
		});
	}

	for (const [name, component] of Object.entries(editorComponents)) {
		it(`${name}: writes literal-prop MDX that passes the build's check and reads back the same data`, async () => {
			const data = samples[name];
			const block = component.toBlock(data);
			expect(block).toMatch(new RegExp(`^<${name}\\b`));
			const document = `# Heading\n\n${block}\n\nAfter.\n`;
			expect(await checkMdxSource(document)).toEqual([]);

			// What MDX makes of it: the same props and text the editor typed, nothing executed or formatted.
			const element = findElement(mdxToMdast(document) as unknown as JsxNode, name) as JsxNode;
			expect(element).toBeDefined();
			for (const attribute of element.attributes ?? []) {
				expect(typeof attribute.value).toBe('string');
				expect(attribute.value).toBe(data[attribute.name]?.replace(/\s+/g, ' ').trim());
			}
			if (data.text) {
				expect(textOf(element)).toBe(data.text);
				expect(element.children?.every((child) => child.type === 'text' || child.type === 'paragraph')).toBe(true);
			}

			// What Decap reads back from the file.
			const match = block.match(component.pattern);
			expect(match?.[0]).toBe(block);
			const read = component.fromBlock(match as RegExpMatchArray);
			for (const [key, value] of Object.entries(data)) expect(read[key]).toBe(value.replace(/\s+/g, ' ').trim());
		});
	}

	it('leave out an empty optional prop, and the build check then insists on required ones', async () => {
		const block = editorComponents.Figure.toBlock({ src: '/media/figures/a.jpg', alt: '', caption: '' });
		expect(block).toBe('<Figure src="/media/figures/a.jpg" />');
		const problems = await checkMdxSource(block);
		expect(problems.map((problem) => problem.reason)).toEqual(['<Figure>: prop "alt" is required.']);
	});

	it('escape Markdown and MDX syntax in text and restore it', () => {
		expect(encodeText('a {b} <c> *d*')).toBe('a \\{b\\} \\<c\\> \\*d\\*');
		expect(decodeText(encodeText(awkward))).toBe(awkward);
	});

	it('preview with the site’s classes and escaped text', () => {
		const html = editorComponents.Callout.toPreview({ title: '<b>x</b>', tone: 'important', text: 'a < b' });
		expect(html).toBe(
			'<aside class="callout callout--important"><p class="callout__title">&lt;b&gt;x&lt;/b&gt;</p><div class="callout__body">a &lt; b</div></aside>',
		);
	});
});
