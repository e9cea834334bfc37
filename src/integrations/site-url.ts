/**
 * The published origin. QR codes, canonical links, the sitemap and feeds are built from it, so a
 * production build on the placeholder would print codes that lead nowhere: `SITE_ENV=production`
 * (set by `npm run build:production`) refuses it. Development, tests and `npm run build` for a local
 * preview keep the placeholder.
 */
import type { AstroIntegration } from 'astro';

export const placeholderSite = 'https://letsworkintokyo.example';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	return env.SITE_URL || placeholderSite;
}

export function isProductionBuild(env: Record<string, string | undefined> = process.env): boolean {
	return env.SITE_ENV === 'production';
}

/** Why a build must stop, or undefined when it may go on. */
export function siteProblem(site: string | undefined, env: Record<string, string | undefined> = process.env): string | undefined {
	if (!isProductionBuild(env)) return undefined;
	if (!site || new URL(site).origin === new URL(placeholderSite).origin) {
		return `SITE_URL is not set: a production build (SITE_ENV=production) would print QR codes and links to the placeholder ${placeholderSite}. Set SITE_URL to the published origin, e.g. SITE_URL=https://www.example.metro.tokyo.lg.jp npm run build:production.`;
	}
	if (new URL(site).protocol !== 'https:') return `SITE_URL must start with https:// for a production build (it is ${site}).`;
	return undefined;
}

/** Stops a production build on the placeholder origin; says which origin every other build uses. */
export function siteGuard(): AstroIntegration {
	return {
		name: 'site-guard',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build') return;
				const problem = siteProblem(config.site);
				if (problem) throw new Error(problem);
				if (config.site && new URL(config.site).origin === new URL(placeholderSite).origin) {
					logger.info(`Links and QR codes point at the placeholder ${placeholderSite}; set SITE_URL for a real deployment.`);
				}
			},
		},
	};
}
