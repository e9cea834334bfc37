/**
 * The /admin/ entry: Decap CMS bundled from npm (never a CDN), with the site's preview templates,
 * editor components and widgets, started with the configuration the page embeds (cms/config.yml,
 * resolved at build time by cms/config.ts).
 */
import CMS from 'decap-cms-app';
import globalCss from '../src/styles/global.css?raw';
import type { CmsConfig } from './config.ts';
import { editorComponents } from './editor-components.ts';
import previewCss from './preview.css?raw';
import { previewCollections, previewTemplate } from './previews.ts';
import { installUploadGuard } from './upload-guard.ts';
import { TranslationStatusControl } from './widgets/translation-status.ts';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function readConfig(): CmsConfig {
	const element = document.getElementById('cms-config');
	if (!element?.textContent) throw new Error('The CMS configuration is missing from the page.');
	const config = JSON.parse(element.textContent) as CmsConfig;
	// Local editing through decap-server (which `npm start` runs behind the dev server's /api/v1);
	// anywhere else the production backend from the configuration.
	if (config.local_backend && LOCAL_HOSTS.includes(location.hostname)) {
		// Trailing slash: the dev server (trailingSlash: always) only proxies /api/v1/ as written.
		config.local_backend = { url: `${location.origin}/api/v1/` };
	} else {
		delete config.local_backend;
	}
	return config;
}

installUploadGuard();
const config = readConfig();

CMS.registerPreviewStyle(globalCss, { raw: true });
CMS.registerPreviewStyle(previewCss, { raw: true });
for (const name of previewCollections) {
	CMS.registerPreviewTemplate(name, previewTemplate(name, { siteUrl: String(config.site_url) }) as never);
}
for (const component of Object.values(editorComponents)) {
	CMS.registerEditorComponent(component as never);
}
CMS.registerWidget('translation-status', TranslationStatusControl as never);

CMS.init({ config: config as never });
