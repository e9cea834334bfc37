/** Guides for candidates: the index by topic, what a guide page states besides its text, and review dates. Pure. */
import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Fact } from './entry-facts.ts';
import { formatDate, isoDay } from './format.ts';
import { type GuideTopic, guideTopics } from './taxonomies.ts';

/** Guides grouped by topic, topics in their set order, empty topics left out; guides keep the order given. */
export function guidesByTopic<T extends { value: { data: { topic: GuideTopic } } }>(guides: T[]): { topic: GuideTopic; guides: T[] }[] {
	return guideTopics.map((topic) => ({ topic, guides: guides.filter((guide) => guide.value.data.topic === topic) })).filter((group) => group.guides.length > 0);
}

/** The topic and the day the guide was last checked against its sources. */
export function guideFacts(data: { topic: GuideTopic; lastReviewed: Date }, locale: Locale, t: Translate): Fact[] {
	return [
		{ label: t('guide.topic'), value: t(`guideTopic.${data.topic}`) },
		{ label: t('guide.lastReviewed'), value: formatDate(data.lastReviewed, locale), datetime: isoDay(data.lastReviewed) },
	];
}

/** How a guide links its official sources: a new context for another site, no opener, no referrer of ours needed. */
export const sourceLinkRel = 'noopener external';
