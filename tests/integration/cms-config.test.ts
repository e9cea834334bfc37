/**
 * cms/config.yml and src/content.config.ts stay in step (DESIGN.md, "CMS").
 *
 * The zod schemas are read the way Astro reads them: `astro sync` on a copy of the project writes
 * a JSON Schema per collection (.astro/collections/<name>.schema.json). Each collection and field is
 * compared with the CMS configuration: the same collections, the same fields, the same required-ness,
 * a widget of the matching type, the same enum values, patterns and limits.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CmsCollection, type CmsField, fieldI18n, loadCmsConfig } from '../../cms/config.ts';
import { copyProject, removeProject } from '../../scripts/support/project-copy.ts';
import { syncContent } from '../../scripts/support/run-project.ts';
import { KEY_PATTERN } from '../../src/lib/entry-id.ts';

interface JsonSchema {
	type?: string;
	enum?: string[];
	format?: string;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	exclusiveMinimum?: number;
	minItems?: number;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	default?: unknown;
}

/** Widgets that hold a string without further meaning. */
const textWidgets = ['string', 'text', 'markdown', 'image', 'file', 'relation', 'translation-status'];
/** What Decap writes for fields that are not in the frontmatter schema. */
const bodyField = 'body';

let schemas: Record<string, JsonSchema>;
let workDir: string;
const config = loadCmsConfig({});

beforeAll(async () => {
	// A copy with the content model and no content: `astro sync` writes the schemas, whatever the state of content/.
	// (Its own node_modules of links: the sync's content store must not replace the project's.)
	workDir = copyProject('cms-config-');
	rmSync(path.join(workDir, 'content'), { recursive: true });
	for (const collection of config.collections.map((collection) => collection.name)) {
		mkdirSync(path.join(workDir, 'content', collection), { recursive: true });
	}
	const sync = await syncContent(workDir);
	if (!sync.ok) throw new Error(`astro sync failed:\n${sync.output}`);
	const folder = path.join(workDir, '.astro/collections');
	schemas = Object.fromEntries(
		readdirSync(folder)
			.filter((name) => name.endsWith('.schema.json'))
			.map((name) => [name.replace('.schema.json', ''), JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as JsonSchema]),
	);
}, 120_000);

afterAll(() => {
	removeProject(workDir);
});

/** Every way a CMS field differs from its schema, as readable lines. */
function compareField(where: string, schema: JsonSchema, field: CmsField, required: boolean): string[] {
	const problems: string[] = [];
	const fieldRequired = field.required !== false;
	if (fieldRequired !== required) {
		problems.push(`${where}: required in ${required ? 'the schema' : 'the CMS'} but not in ${required ? 'the CMS' : 'the schema'}`);
	}
	const widget = field.widget;
	const expect = (ok: boolean, message: string) => {
		if (!ok) problems.push(`${where}: ${message} (widget "${widget}")`);
	};
	switch (schema.type) {
		case 'string': {
			if (schema.enum) {
				expect(widget === 'select' && !field.multiple, 'an enum needs a select');
				const values = (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));
				expect(JSON.stringify([...values].sort()) === JSON.stringify([...schema.enum].sort()), `options ${values.join(',')} ≠ enum ${schema.enum.join(',')}`);
			} else if (schema.format === 'date-time') {
				expect(widget === 'datetime', 'a date needs a datetime widget');
			} else {
				expect(textWidgets.includes(widget), 'a string needs a text widget');
				if (schema.pattern && widget === 'file') {
					// Decap checks a file field's pattern against the file name only; the path comes from public_folder.
					expect(
						new RegExp(schema.pattern).test(`${field.public_folder}/leaflet-2024.pdf`),
						`public_folder ${field.public_folder} does not give paths matching ${schema.pattern}`,
					);
				} else if (schema.pattern && widget !== 'relation') {
					expect(field.pattern?.[0] === schema.pattern, `pattern ${field.pattern?.[0]} ≠ ${schema.pattern}`);
				}
				if (schema.maxLength !== undefined) {
					const pattern = field.pattern ? new RegExp(field.pattern[0]) : undefined;
					expect(
						Boolean(pattern?.test('あ'.repeat(schema.maxLength)) && !pattern?.test('あ'.repeat(schema.maxLength + 1))),
						`must refuse more than ${schema.maxLength} characters`,
					);
				}
				if (schema.format === 'uri') expect(Boolean(field.pattern && !new RegExp(field.pattern[0]).test('not a url')), 'a URL needs a pattern');
			}
			break;
		}
		case 'integer':
		case 'number': {
			expect(widget === 'number', 'a number needs a number widget');
			if (schema.type === 'integer') expect(field.value_type === 'int', 'an integer needs value_type: int');
			const minimum = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
			if (minimum !== undefined) expect(field.min === minimum, `min ${field.min} ≠ ${minimum}`);
			break;
		}
		case 'boolean':
			expect(widget === 'boolean', 'a boolean needs a boolean widget');
			break;
		case 'object':
			expect(widget === 'object', 'an object needs an object widget');
			problems.push(...compareFields(where, schema, field.fields ?? []));
			break;
		case 'array':
			if (schema.items?.type === 'object') {
				expect(widget === 'list' && Array.isArray(field.fields), 'a list of objects needs a list widget with fields');
				problems.push(...compareFields(`${where}[]`, schema.items, field.fields ?? []));
			} else if (schema.items?.enum) {
				expect(widget === 'select' && field.multiple === true, 'a list of enum values needs a multiple select');
				const values = (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));
				expect(JSON.stringify([...values].sort()) === JSON.stringify([...schema.items.enum].sort()), 'options differ from the enum');
				if (schema.minItems) expect(field.min === schema.minItems, `min ${field.min} ≠ ${schema.minItems}`);
			} else if (schema.items?.type === 'string') {
				expect(widget === 'list' && !field.fields, 'a list of words needs a list widget without fields');
			} else {
				problems.push(`${where}: no rule for arrays of ${schema.items?.type}`);
			}
			break;
		default:
			problems.push(`${where}: no rule for schema type ${schema.type}`);
	}
	return problems;
}

function compareFields(where: string, schema: JsonSchema, fields: CmsField[]): string[] {
	const problems: string[] = [];
	const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([name]) => name !== '$schema'));
	const cms = new Map(fields.filter((field) => field.name !== bodyField).map((field) => [field.name, field]));
	for (const name of Object.keys(properties)) if (!cms.has(name)) problems.push(`${where}.${name}: in the schema, missing in cms/config.yml`);
	for (const name of cms.keys()) if (!(name in properties)) problems.push(`${where}.${name}: in cms/config.yml, missing in the schema`);
	for (const [name, property] of Object.entries(properties)) {
		const field = cms.get(name);
		if (field) problems.push(...compareField(`${where}.${name}`, property, field, (schema.required ?? []).includes(name)));
	}
	return problems;
}

function cmsFields(collection: CmsCollection): CmsField[] {
	return collection.fields ?? collection.files?.[0]?.fields ?? [];
}

describe('cms/config.yml mirrors src/content.config.ts', () => {
	it('has the same collections', () => {
		expect(Object.keys(schemas).length).toBeGreaterThan(0);
		expect(config.collections.map((collection) => collection.name).sort()).toEqual(Object.keys(schemas).sort());
	});

	it('has the same fields, required-ness and types in every collection', () => {
		const problems = config.collections.flatMap((collection) => compareFields(collection.name, schemas[collection.name] ?? {}, cmsFields(collection)));
		expect(problems).toEqual([]);
	});

	it('catches drift: a field removed, made optional or given another type is reported', () => {
		const stories = config.collections.find((collection) => collection.name === 'stories') as CmsCollection;
		const fields = cmsFields(stories);
		const without = fields.filter((field) => field.name !== 'quote');
		expect(compareFields('stories', schemas.stories, without)).toContain('stories.quote: in the schema, missing in cms/config.yml');
		const optional = fields.map((field) => (field.name === 'person' ? { ...field, required: false } : field));
		expect(compareFields('stories', schemas.stories, optional).join('\n')).toMatch(/stories\.person: required in the schema/);
		const retyped = fields.map((field) => (field.name === 'date' ? { ...field, widget: 'string' } : field));
		expect(compareFields('stories', schemas.stories, retyped).join('\n')).toMatch(/stories\.date: a date needs a datetime widget/);
		const fewerCountries = fields.map((field) => (field.name === 'country' ? { ...field, options: field.options?.slice(1) } : field));
		expect(compareFields('stories', schemas.stories, fewerCountries).join('\n')).toMatch(/stories\.country: options/);
	});

	it('stores each localised collection as content/<collection>/<locale>/<key>.mdx, named by the key', () => {
		expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['ja', 'en', 'zh', 'ko'], default_locale: 'ja' });
		for (const collection of config.collections.filter((c) => c.folder)) {
			expect(collection.folder, collection.name).toBe(`content/${collection.name}`);
			expect(collection.i18n, collection.name).toBe(true);
			expect(collection.extension, collection.name).toBe('mdx');
			expect(collection.slug, collection.name).toBe('{{fields.key}}');
			const key = cmsFields(collection).find((field) => field.name === 'key');
			expect(key?.pattern?.[0], collection.name).toBe(KEY_PATTERN.source);
		}
	});

	it('marks every field of a localised collection translated or duplicated, language-neutral ones duplicated', () => {
		const problems: string[] = [];
		for (const collection of config.collections.filter((c) => c.i18n)) {
			const schema = schemas[collection.name];
			const walk = (fields: CmsField[], where: string) => {
				for (const field of fields) {
					if (fieldI18n(field) === 'none') problems.push(`${where}.${field.name}: no i18n, so Decap would leave it out of translations`);
					if (field.fields) walk(field.fields, `${where}.${field.name}`);
				}
			};
			walk(cmsFields(collection), collection.name);
			for (const field of cmsFields(collection)) {
				const property = schema.properties?.[field.name];
				const neutral =
					field.name === 'key' ||
					field.widget === 'image' ||
					(property && (property.enum || property.format === 'date-time' || ['integer', 'number', 'boolean'].includes(property.type ?? '')));
				if (neutral && fieldI18n(field) !== 'duplicate') problems.push(`${collection.name}.${field.name}: language-neutral, should be i18n: duplicate`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('takes the production backend from configuration or the environment, and never loads config.yml over HTTP', () => {
		expect(config.backend.name).toBe('github');
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.load_config_file).toBe(false);
		const fromEnv = loadCmsConfig({
			CMS_GITHUB_REPO: 'someone/site',
			CMS_GITHUB_BRANCH: 'production',
			CMS_OAUTH_BASE_URL: 'https://auth.example.org',
			SITE_URL: 'https://site.example.org',
		});
		expect(fromEnv.backend).toMatchObject({ name: 'github', repo: 'someone/site', branch: 'production', base_url: 'https://auth.example.org' });
		expect(fromEnv.site_url).toBe('https://site.example.org');
		expect(Object.keys(fromEnv).some((name) => name.startsWith('x-'))).toBe(false);
	});
});
