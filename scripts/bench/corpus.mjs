// The benchmark inputs: the real texts of ../shared/corpus (never copied into the repository)
// and concatenations of them up to 20 MB.
import fs from 'node:fs';
import path from 'node:path';

/** Every `.txt` file under `dir`, sorted by path so that runs are comparable. */
function listTexts(dir) {
	const out = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...listTexts(full));
		else if (entry.isFile() && entry.name.endsWith('.txt')) out.push(full);
	}
	return out.sort();
}

/**
 * Loads the corpus, or returns null (after saying why) when it is absent.
 * @returns {{ dir: string, files: { path: string, text: string }[] } | null}
 */
export function loadCorpus(repoRoot) {
	const dir = path.resolve(repoRoot, '../shared/corpus');
	if (!fs.existsSync(dir)) {
		console.log(`corpus not found at ${dir}: skipping the benchmarks that need real texts`);
		return null;
	}
	const files = listTexts(dir).map(p => ({ path: p, text: fs.readFileSync(p, 'utf8') }));
	if (files.length === 0) {
		console.log(`corpus at ${dir} holds no .txt file: skipping`);
		return null;
	}
	return { dir, files };
}

/** Size of a string in megabytes of UTF-8, the unit the budgets use. */
export function megabytes(text) {
	return Buffer.byteLength(text, 'utf8') / 1e6;
}

/** The texts joined with blank lines, repeated until at least `bytes` long, then cut at a line end. */
export function concatenateTo(texts, bytes) {
	const parts = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const text = texts[i % texts.length];
		parts.push(text);
		size += Buffer.byteLength(text, 'utf8') + 2;
	}
	const joined = parts.join('\n\n');
	const cut = joined.indexOf('\n', Math.min(bytes, joined.length - 1));
	return cut < 0 ? joined : joined.slice(0, cut + 1);
}

/** The verbatim records (the largest genre) joined into one document of about `bytes`. */
export function verbatimDocument(corpus, bytes) {
	const verbatim = corpus.files.filter(f => f.path.includes(`${path.sep}verbatim${path.sep}`)).map(f => f.text);
	return concatenateTo(verbatim.length > 0 ? verbatim : corpus.files.map(f => f.text), bytes);
}
