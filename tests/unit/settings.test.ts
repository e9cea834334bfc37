import { describe, expect, test, vi } from 'vitest';

vi.mock('astro:content', () => import('../support/fake-content.ts').then((module) => module.astroContentMock));
const { departmentName } = await import('../../src/lib/settings.ts');

describe('departmentName', () => {
	test('goes from the bureau down in Japanese, Chinese and Korean', () => {
		expect(departmentName('産業労働局', '雇用就業部 就業推進課', 'ja')).toBe('産業労働局 雇用就業部 就業推進課');
		expect(departmentName('产业劳动局', '雇用就业部 就业推进课', 'zh')).toBe('产业劳动局 雇用就业部 就业推进课');
		expect(departmentName('산업노동국', '고용취업부 취업추진과', 'ko')).toBe('산업노동국 고용취업부 취업추진과');
	});

	test('goes from the section up in English, as the release signs it', () => {
		expect(departmentName('Bureau of Industrial and Labor Affairs', 'Employment Promotion Section, Employment Division', 'en')).toBe(
			'Employment Promotion Section, Employment Division, Bureau of Industrial and Labor Affairs',
		);
	});
});
