// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/** Where the site is published; canonical URLs, the sitemap and feeds are built from it. */
const site = process.env.SITE_URL ?? 'https://letsworkintokyo.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: ['ja', 'en', 'zh', 'ko'],
		defaultLocale: 'ja',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	integrations: [mdx()],
	devToolbar: { enabled: false },
});
