// The engine's whole output on every text at hand, kept and compared: a change meant to make the
// engine faster must leave it unchanged. Texts: the corpus beside the repository, the samples and
// the test fixtures, and the corpus joined into one text.
//
// Usage: node scripts/bench/snapshot.mjs write DIR   (the output of the working tree, one JSON per text)
//        node scripts/bench/snapshot.mjs check DIR   (compares; exits 1 and names the texts that differ)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { loadCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [mode, dir] = process.argv.slice(2);
if (!['write', 'check'].includes(mode) || !dir) {
	console.error('usage: node scripts/bench/snapshot.mjs write|check DIR');
	process.exit(2);
}

/** Every `.txt` file directly in `folder`, sorted. */
function textsIn(folder) {
	return fs.readdirSync(folder).filter(f => f.endsWith('.txt')).sort().map(f => path.join(folder, f));
}

const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-')), 'engine.js');
await esbuild.build({
	entryPoints: [path.join(repoRoot, 'server/src/core/analyze.ts')],
	outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
});
const { analyze } = require(outfile);

const texts = [];
const corpus = loadCorpus(repoRoot);
for (const f of corpus?.files ?? []) texts.push({ name: `corpus/${path.relative(corpus.dir, f.path)}`, text: f.text });
for (const folder of ['samples', 'server/src/test/fixtures']) {
	for (const p of textsIn(path.join(repoRoot, folder))) texts.push({ name: path.relative(repoRoot, p), text: fs.readFileSync(p, 'utf8') });
}
if (corpus) texts.push({ name: 'corpus-joined', text: corpus.files.map(f => f.text).join('\n\n') });

const fileOf = name => path.join(dir, `${name.replace(/[\\/]/g, '__')}.json`);
const differ = [];
fs.mkdirSync(dir, { recursive: true });
for (const { name, text } of texts) {
	const json = JSON.stringify(analyze(text), null, 1);
	if (mode === 'write') fs.writeFileSync(fileOf(name), json);
	else if (!fs.existsSync(fileOf(name)) || fs.readFileSync(fileOf(name), 'utf8') !== json) differ.push(name);
}
if (mode === 'write') console.log(`wrote ${texts.length} analyses to ${dir}`);
else if (differ.length) {
	console.log(`${texts.length - differ.length}/${texts.length} identical; differ: ${differ.join(', ')}`);
	process.exit(1);
} else console.log(`${texts.length}/${texts.length} identical`);
