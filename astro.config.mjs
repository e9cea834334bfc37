// @ts-check

import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { mdxSafety } from './src/integrations/mdx-safety.ts';
import { siteGuard, siteUrl } from './src/integrations/site-url.ts';
import { uploadsCheck } from './src/integrations/uploads-check.ts';

/** Where the site is published (SITE_URL); canonical URLs, the sitemap, feeds and QR codes are built from it. */
const site = siteUrl();

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
	// Editors' MDX is data, not code: the build refuses anything but the editor components (src/integrations/mdx-safety.ts).
	markdown: { processor: satteri({ mdastPlugins: [mdxSafety({ root: new URL('.', import.meta.url) })] }) },
	integrations: [siteGuard(), mdx(), uploadsCheck()],
	devToolbar: { enabled: false },
	vite: {
		// `npm start`: the CMS at /admin/ reaches decap-server through the dev server (scripts/start.ts).
		server: { proxy: { '/api/v1': `http://127.0.0.1:${process.env.DECAP_SERVER_PORT ?? 8081}` } },
		build: {
			// The CMS bundle at /admin/ (Decap CMS, ~5.5 MB) is the one large chunk; public pages ship no JavaScript.
			chunkSizeWarningLimit: 6000,
			rollupOptions: {
				// withastro/astro#18087: every MDX entry warns about Astro's own head-inject directive.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					// Decap CMS's dependencies ("use client", eval in a vendored library): theirs, and only in /admin/.
					if ((warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'EVAL') && /node_modules/.test(warning.id ?? warning.message)) return;
					warn(warning);
				},
			},
		},
	},
});
