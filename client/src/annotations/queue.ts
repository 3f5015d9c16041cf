/**
 * Runs tasks one after another per key (an annotation file's path), so that two quick edits of the
 * same file never interleave their read-modify-write. Different files proceed in parallel.
 */
const tails = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task for `key` has settled; resolves or rejects with it. */
export function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
	const previous = tails.get(key) ?? Promise.resolve();
	const run = previous.then(task, task);
	const tail = run.then(() => undefined, () => undefined);
	tails.set(key, tail);
	// Forget the key once idle so the map does not grow with every file ever touched.
	void tail.then(() => { if (tails.get(key) === tail) tails.delete(key); });
	return run;
}
