/**
 * Checks, while content is loaded (build, dev, `astro sync`), that a story's `companyKey` names a
 * company profile that exists, and that an example story points to an example company (and a real
 * story to a real one). The localized loader names the story's file in the error; the rule is
 * src/lib/companies.ts's.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale } from '../i18n/locales.ts';
import { companyLinkProblems } from '../lib/companies.ts';
import { isStub } from '../lib/entry-id.ts';
import { parseEntryFile } from '../lib/frontmatter.ts';

/** The Japanese version of a company profile (the source every company needs), or undefined. */
function companySource(root: string, key: string): Record<string, unknown> | undefined {
	for (const extension of ['mdx', 'md']) {
		const file = path.join(root, 'content', 'companies', defaultLocale, `${key}.${extension}`);
		if (!existsSync(file)) continue;
		const { data } = parseEntryFile(readFileSync(file, 'utf8'));
		return isStub(data) ? undefined : data;
	}
	return undefined;
}

/** The localized loader's check for stories. */
export function checkCompanyLink(data: Record<string, unknown>, root: URL): string[] {
	const key = data.companyKey;
	if (typeof key !== 'string' || key === '') return [];
	return companyLinkProblems({ companyKey: key, example: data.example === true }, companySource(fileURLToPath(new URL('.', root)), key));
}
