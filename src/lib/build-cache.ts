/**
 * Content does not change during a production build, so what is derived from it is computed once
 * per build and shared by every page; in dev it may change between requests, so it is recomputed.
 */
export function oncePerBuild<V, K = void>(load: (key: K) => V): (key: K) => V {
	const cache = new Map<K, V>();
	return (key) => {
		if (!import.meta.env.PROD) return load(key);
		if (!cache.has(key)) cache.set(key, load(key));
		return cache.get(key) as V;
	};
}
