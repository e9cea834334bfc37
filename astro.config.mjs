// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales.ts';

/** Where the site is published; canonical URLs, the sitemap and feeds are built from it. */
const site = process.env.SITE_URL ?? 'https://letsworkintokyo.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Styles inline: a page and its CSS arrive together in the first round trip (DESIGN budgets).
	build: { format: 'directory', inlineStylesheets: 'always' },
	i18n: {
		locales: [...locales],
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	integrations: [mdx()],
	devToolbar: { enabled: false },
	vite: {
		build: {
			rollupOptions: {
				// withastro/astro#18087: every MDX entry warns about Astro's own head-inject directive.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
