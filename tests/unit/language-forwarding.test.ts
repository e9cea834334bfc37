/** The forwarders of `/` and `/q/<key>/` (src/lib/language-forwarding.ts), run as a browser would run them. */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { forwardTargets } from '../../src/lib/landings.ts';
import { forwarderScript, localeHomes } from '../../src/lib/language-forwarding.ts';

/** Runs the script with a browser's languages; returns where it went and whether it hid the page first. */
function forward(script: string, languages: string[] | undefined, language = 'en-US') {
	const calls: string[] = [];
	const style: Record<string, string> = {};
	let hiddenBeforeLeaving = false;
	runInNewContext(script, {
		navigator: { languages, language },
		document: { documentElement: { style } },
		location: {
			replace: (href: string) => {
				hiddenBeforeLeaving = style.visibility === 'hidden';
				calls.push(href);
			},
		},
	});
	return { calls, hiddenBeforeLeaving };
}

const homes = localeHomes();

test('the homes are /ja/, /en/, /zh/, /ko/', () => {
	expect(homes).toEqual({ ja: '/ja/', en: '/en/', zh: '/zh/', ko: '/ko/' });
});
const internship = forwardTargets({ key: 'internship', campaign: 'internship-2023' }, true);

describe('language forwarder', () => {
	test.each([
		[['ja-JP', 'en'], 'ja'],
		[['en-GB'], 'en'],
		[['zh-CN', 'zh'], 'zh'],
		[['zh-TW', 'en'], 'zh'],
		[['zh-HK'], 'zh'],
		[['ko-KR', 'ko'], 'ko'],
		[['fr-FR', 'fr'], 'en'],
		[['fr-FR', 'ko'], 'ko'],
		[[], 'en'],
	] as const)('%j → %s', (languages, locale) => {
		expect(forward(forwarderScript(homes), [...languages]).calls).toEqual([homes[locale]]);
		expect(forward(forwarderScript(internship), [...languages]).calls).toEqual([internship[locale]]);
	});

	test('falls back to navigator.language when navigator.languages is missing', () => {
		expect(forward(forwarderScript(homes), undefined, 'ko').calls).toEqual(['/ko/']);
	});

	test('hides the page before it leaves, and replaces the history entry', () => {
		const result = forward(forwarderScript(internship), ['ja']);
		expect(result.hiddenBeforeLeaving).toBe(true);
		expect(forwarderScript(internship)).toContain('location.replace(');
	});

	test('stays under 1 KB, even with campaign parameters on long keys', () => {
		const long = forwardTargets({ key: 'a-rather-long-campaign-key-2027', campaign: 'a-rather-long-campaign-label-2027' }, true);
		expect(Buffer.byteLength(forwarderScript(long))).toBeLessThan(1024);
	});
});
