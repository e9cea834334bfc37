/** schema.org's FAQPage, as validators check it. */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** What schema.org and search engines require of an FAQPage: mainEntity of Questions, each named, with an Answer's text. */
export function faqPageProblems(data: unknown): string[] {
	if (!isObject(data)) return ['not a JSON object'];
	const problems: string[] = [];
	if (data['@context'] !== 'https://schema.org') problems.push('@context is not https://schema.org');
	if (data['@type'] !== 'FAQPage') problems.push('@type is not FAQPage');
	if (!Array.isArray(data.mainEntity) || data.mainEntity.length === 0) return [...problems, 'mainEntity is not a non-empty list'];
	data.mainEntity.forEach((question: unknown, index) => {
		if (!isObject(question) || question['@type'] !== 'Question') problems.push(`mainEntity[${index}] is not a Question`);
		if (!isObject(question)) return;
		if (!hasText(question.name)) problems.push(`mainEntity[${index}] has no name`);
		const answer = question.acceptedAnswer;
		if (!isObject(answer) || answer['@type'] !== 'Answer') problems.push(`mainEntity[${index}].acceptedAnswer is not an Answer`);
		else if (!hasText(answer.text)) problems.push(`mainEntity[${index}].acceptedAnswer has no text`);
	});
	return problems;
}
