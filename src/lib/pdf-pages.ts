/**
 * The page count of a PDF, read from its page tree without a PDF library: the /Count of the root
 * /Pages object (the one with no /Parent), else the number of /Page objects. Undefined when neither is
 * readable (objects hidden in compressed object streams); the page then shows no count.
 */
export function pdfPageCount(pdf: Uint8Array): number | undefined {
	const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
	const counts: { count: number; root: boolean }[] = [];
	for (const match of text.matchAll(/\bobj\b([\s\S]*?)\bendobj\b/g)) {
		const body = match[1].split(/\bstream\b/)[0];
		if (!/\/Type\s*\/Pages(?![A-Za-z])/.test(body)) continue;
		const count = /\/Count\s+(\d+)/.exec(body);
		if (count) counts.push({ count: Number(count[1]), root: !/\/Parent\s/.test(body) });
	}
	const root = counts.find((item) => item.root);
	if (root) return root.count;
	const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
	return pages > 0 ? pages : undefined;
}
