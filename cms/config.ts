/**
 * Loads cms/config.yml for CMS.init (at build time, in the /admin/ page) and for the tests and scripts.
 * - `options: taxonomy:<name>` and `options: locales` become select options from src/lib/taxonomies.ts
 *   and src/i18n, labelled in Japanese and English, so the vocabularies live in one place;
 * - `fields: locales` becomes one required text field per site locale, `fields: translations` the same
 *   with only the default locale's required (the others fall back), and `i18n` gets its locales
 *   from src/i18n/locales.ts: a new locale needs no change here;
 * - the production backend can be set from the environment, without code changes;
 * - `x-…` keys (YAML anchors shared between collections) are dropped: Decap refuses unknown keys.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { defaultLocale, localeInfo, locales, uiStrings } from '../src/i18n/index.ts';
import { audiences, companyOffers, companySizes, countries, guideTopics, industries, weekdays, workingLanguages } from '../src/lib/taxonomies.ts';
import type { TranslatedCollection } from '../src/lib/translation-report.ts';

export const cmsConfigPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'config.yml');

export interface CmsField {
	name: string;
	label?: string;
	widget: string;
	required?: boolean;
	i18n?: boolean | 'translate' | 'duplicate' | 'none';
	options?: Array<string | { label: string; value: string }>;
	fields?: CmsField[];
	field?: CmsField;
	multiple?: boolean;
	pattern?: [string, string];
	value_type?: string;
	min?: number;
	max?: number;
	default?: unknown;
	[key: string]: unknown;
}

export interface CmsCollection {
	name: string;
	label?: string;
	folder?: string;
	files?: Array<{ name: string; file: string; fields: CmsField[]; [key: string]: unknown }>;
	fields?: CmsField[];
	i18n?: boolean;
	[key: string]: unknown;
}

export interface CmsConfig {
	backend: { name: string; repo?: string; branch?: string; base_url?: string; auth_endpoint?: string; [key: string]: unknown };
	collections: CmsCollection[];
	i18n: { structure: string; locales: string[]; default_locale: string };
	local_backend?: boolean | { url?: string; allowed_hosts?: string[] };
	load_config_file?: boolean;
	[key: string]: unknown;
}

/** Environment variables that configure production without code changes. */
export interface CmsEnv {
	CMS_GITHUB_REPO?: string;
	CMS_GITHUB_BRANCH?: string;
	CMS_OAUTH_BASE_URL?: string;
	CMS_OAUTH_ENDPOINT?: string;
	SITE_URL?: string;
	[key: string]: string | undefined;
}

const bilingual = (key: string) => `${uiStrings.ja[key]} / ${uiStrings.en[key]}`;

const regionNames = {
	ja: new Intl.DisplayNames(['ja'], { type: 'region' }),
	en: new Intl.DisplayNames(['en'], { type: 'region' }),
};
const languageNames = {
	ja: new Intl.DisplayNames(['ja'], { type: 'language' }),
	en: new Intl.DisplayNames(['en'], { type: 'language' }),
};
/** 2024-01-01 was a Monday. */
const dayName = (locale: string, index: number) =>
	new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));

/** Select options for `options: taxonomy:<name>` and `options: locales`. */
export const optionSources: Record<string, Array<{ label: string; value: string }>> = {
	'taxonomy:countries': countries.map((code) => ({
		label: `${regionNames.ja.of(code.toUpperCase())} / ${regionNames.en.of(code.toUpperCase())}`,
		value: code,
	})),
	'taxonomy:industries': industries.map((id) => ({ label: bilingual(`industry.${id}`), value: id })),
	'taxonomy:audiences': audiences.map((id) => ({ label: bilingual(`audience.${id}`), value: id })),
	'taxonomy:guideTopics': guideTopics.map((id) => ({ label: bilingual(`guideTopic.${id}`), value: id })),
	'taxonomy:companySizes': companySizes.map((id) => ({ label: bilingual(`companySize.${id}`), value: id })),
	'taxonomy:companyOffers': companyOffers.map((id) => ({ label: bilingual(`companyOffer.${id}`), value: id })),
	'taxonomy:workingLanguages': workingLanguages.map((code) => ({ label: `${languageNames.ja.of(code)} / ${languageNames.en.of(code)}`, value: code })),
	'taxonomy:weekdays': weekdays.map((id, index) => ({ label: `${dayName('ja', index)} / ${dayName('en', index)}`, value: id })),
	locales: locales.map((code) => ({ label: `${localeInfo[code].name} (${code})`, value: code })),
};

/**
 * Sub-fields for `fields: locales`: one required text per site locale, e.g. the bureau's name in each
 * language; for `fields: translations`, only the default locale's is required.
 */
const localeFields = (onlySourceRequired = false): CmsField[] =>
	locales.map((code) => ({ name: code, label: localeInfo[code].name, widget: 'string', required: !onlySourceRequired || code === defaultLocale }));

function resolveFields(fields: CmsField[] | undefined, where: string): CmsField[] | undefined {
	return fields?.map((field) => {
		const resolved: CmsField = { ...field };
		if (typeof field.options === 'string') {
			const options = optionSources[field.options];
			if (!options) throw new Error(`cms/config.yml: ${where}.${field.name}: unknown options source "${field.options}"`);
			resolved.options = options;
		}
		if ((field.fields as unknown) === 'locales') resolved.fields = localeFields();
		else if ((field.fields as unknown) === 'translations') resolved.fields = localeFields(true);
		else if (field.fields) resolved.fields = resolveFields(field.fields, `${where}.${field.name}`);
		if (field.field) resolved.field = resolveFields([field.field], `${where}.${field.name}`)?.[0];
		return resolved;
	});
}

/** Parses a cms/config.yml text into the object CMS.init takes. */
export function resolveCmsConfig(source: string, env: CmsEnv = {}): CmsConfig {
	const parsed = yaml.load(source) as CmsConfig;
	const config: CmsConfig = Object.fromEntries(Object.entries(parsed).filter(([name]) => !name.startsWith('x-'))) as CmsConfig;
	config.collections = parsed.collections.map((collection) => ({
		...collection,
		fields: resolveFields(collection.fields, collection.name),
		files: collection.files?.map((file) => ({ ...file, fields: resolveFields(file.fields, `${collection.name}.${file.name}`) ?? [] })),
	}));
	config.i18n = { ...parsed.i18n, locales: [...locales], default_locale: defaultLocale };
	for (const collection of config.collections) {
		if (collection.fields === undefined) delete collection.fields;
		if (collection.files === undefined) delete collection.files;
	}
	config.backend = {
		...config.backend,
		...(env.CMS_GITHUB_REPO && { repo: env.CMS_GITHUB_REPO }),
		...(env.CMS_GITHUB_BRANCH && { branch: env.CMS_GITHUB_BRANCH }),
		...(env.CMS_OAUTH_BASE_URL && { base_url: env.CMS_OAUTH_BASE_URL }),
		...(env.CMS_OAUTH_ENDPOINT && { auth_endpoint: env.CMS_OAUTH_ENDPOINT }),
	};
	if (env.SITE_URL) config.site_url = env.SITE_URL;
	// The config is passed in whole; Decap must not fetch config.yml from /admin/.
	config.load_config_file = false;
	return config;
}

export function loadCmsConfig(env: CmsEnv = process.env): CmsConfig {
	return resolveCmsConfig(readFileSync(cmsConfigPath, 'utf8'), env);
}

/** Field i18n as Decap reads it: true → translate, missing → none. */
export function fieldI18n(field: CmsField): 'translate' | 'duplicate' | 'none' {
	if (field.i18n === true || field.i18n === 'translate') return 'translate';
	if (field.i18n === 'duplicate') return 'duplicate';
	return 'none';
}

/** The translated (folder + i18n) collections of a CMS config, as the translation report reads them. */
export function translatedCollections(config: CmsConfig): TranslatedCollection[] {
	return config.collections
		.filter((collection) => collection.folder && collection.i18n)
		.map((collection) => ({
			name: collection.name,
			label: String(collection.label ?? collection.name),
			folder: String(collection.folder).replace(/\/$/, ''),
			fields: collection.fields ?? [],
		}));
}
