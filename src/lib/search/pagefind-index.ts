/**
 * Reads the words of a Pagefind index (the pinned 1.4 format): its meta file lists the index chunks
 * and the pages, each chunk holds its words with the pages they occur on. Files are gzipped (or
 * not, after a browser's transparent decompression), start with the `pagefind_dcd` signature and
 * are CBOR. Used at index time to write each language's word list (src/integrations/search-words.ts)
 * and by the measurements that compare a segmentation with the index's own.
 */

const SIGNATURE = 'pagefind_dcd';

/** A minimal CBOR reader: unsigned and negative integers, byte and text strings, definite-length arrays. */
function readCbor(bytes: Uint8Array): unknown {
	const text = new TextDecoder();
	let offset = 0;
	const head = () => {
		const first = bytes[offset++];
		const info = first & 31;
		let value = info;
		if (info >= 24) {
			const size = ({ 24: 1, 25: 2, 26: 4, 27: 8 } as Record<number, number>)[info];
			if (!size) throw new Error(`CBOR: unsupported additional info ${info} at ${offset - 1}`);
			value = 0;
			for (let index = 0; index < size; index += 1) value = value * 256 + bytes[offset++];
		}
		return { major: first >> 5, value };
	};
	const next = (): unknown => {
		const { major, value } = head();
		switch (major) {
			case 0:
				return value;
			case 1:
				return -1 - value;
			case 2:
			case 3: {
				const slice = bytes.subarray(offset, offset + value);
				offset += value;
				return major === 3 ? text.decode(slice) : slice;
			}
			case 4:
				return Array.from({ length: value }, next);
			default:
				throw new Error(`CBOR: unsupported major type ${major}`);
		}
	};
	return next();
}

/** The CBOR payload of a Pagefind file: the signature checked and removed. */
export function pagefindPayload(bytes: Uint8Array): Uint8Array {
	const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
	if (signature !== SIGNATURE) throw new Error('not a decompressed Pagefind file (no pagefind_dcd signature)');
	return bytes.subarray(SIGNATURE.length);
}

export interface PagefindMeta {
	version: string;
	pages: { hash: string; words: number }[];
	chunks: { from: string; to: string; hash: string }[];
	filters: { name: string; hash: string }[];
}

/** A language's meta file (decompressed). */
export function readPagefindMeta(bytes: Uint8Array): PagefindMeta {
	const [version, pages, chunks, filters] = readCbor(pagefindPayload(bytes)) as [string, [string, number][], [string, string, string][], [string, string][]];
	return {
		version,
		pages: pages.map(([hash, words]) => ({ hash, words })),
		chunks: chunks.map(([from, to, hash]) => ({ from, to, hash })),
		filters: filters.map(([name, hash]) => ({ name, hash })),
	};
}

/** An index chunk (decompressed): each word with the numbers of the pages it occurs on. */
export function readPagefindChunk(bytes: Uint8Array): Map<string, number[]> {
	const [words] = readCbor(pagefindPayload(bytes)) as [[string, [number, number[]][]][]];
	return new Map(words.map(([word, pages]) => [word, pages.map(([page]) => page)]));
}
