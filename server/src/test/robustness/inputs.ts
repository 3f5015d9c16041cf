/**
 * Texts for the robustness tests: fictional fragments written for this project, the repository's
 * samples, and (read at test time, when present) the real texts of ../shared/corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** Short fictional fragments in the shape of both genres, so the tests never lack a base text. */
export const FRAGMENTS: readonly string[] = [
	'The President: I thank Ms. Orlen for her briefing.\n\nMr. Tavi (Eastland): I speak on behalf of the Group of Friends. We welcome the report and call for restraint.\n',
	'Ms. Quarry (Northmark) (spoke in French): My delegation is deeply concerned by the attacks on the Kessane Mission (UNKM).\r\n',
	'The representative of Westria said that his country condemns the violence, while the speaker for Southvale urged all parties to comply with resolution 9999 (2099).\r',
	'The draft resolution was adopted by 13 votes in favour to none against, with 2 abstentions (Eastland, Northmark).\n',
];

/** Up to `limit` .txt files under `dir`, evenly spaced over the sorted list so that every genre folder contributes. */
function readTexts(dir: string, limit: number): string[] {
	if (!fs.existsSync(dir)) return [];
	const files: string[] = [];
	const walk = (d: string): void => {
		for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const full = path.join(d, e.name);
			if (e.isDirectory()) walk(full);
			else if (e.name.endsWith('.txt')) files.push(full);
		}
	};
	walk(dir);
	const count = Math.min(limit, files.length);
	const picked = Array.from({ length: count }, (_, i) => files[Math.floor((i * files.length) / count)]);
	return picked.map(f => fs.readFileSync(f, 'utf8'));
}

/** Samples of the repository and, when ../shared/corpus exists, up to `corpusLimit` real texts. */
export function baseTexts(corpusLimit = 12): string[] {
	return [
		...FRAGMENTS,
		...readTexts(path.join(REPO_ROOT, 'samples'), 20),
		...readTexts(path.resolve(REPO_ROOT, '../shared/corpus'), corpusLimit),
	];
}

/** Deterministic bytes (xorshift), so a failure reproduces without a stored seed. */
export function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Buffer {
	const out = Buffer.alloc(length);
	let x = seed >>> 0 || 1;
	for (let i = 0; i < length; i++) {
		x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
		out[i] = x & 0xff;
	}
	return out;
}

/** Hostile texts by name: each stresses a way a text can defeat a line- or pattern-based engine. */
export function adversarialTexts(): Record<string, string> {
	const bytes = pseudoRandomBytes(256 * 1024);
	return {
		'empty': '',
		'one newline': '\n',
		'only CRs': '\r'.repeat(10_000),
		'binary decoded as UTF-8 (U+FFFD)': bytes.toString('utf8'),
		'binary decoded as latin1': bytes.toString('latin1'),
		'NUL-filled': '\0'.repeat(100_000),
		'a 10 MB single line': 'The Security Council heard Mr. Lorn (Eastland) say that peace requires patience; '.repeat(125_000),
		'100k repeated speaker labels': 'Mr. X (France): '.repeat(100_000),
		'100k labels on their own lines': 'Mr. X (France): \n'.repeat(100_000),
		'"((((" × 100k': '(((('.repeat(100_000),
		'")))" × 100k': ')))'.repeat(100_000),
		'mixed CRLF, lone CR and LF': FRAGMENTS.join('\r\n').replace(/\n\n/g, '\r\r').repeat(50),
		// Pieces saved in different encodings and pasted into one file, read as UTF-8 the way the editor does.
		'mixed encodings read as UTF-8 (UTF-8, Latin-1, UTF-16LE, a BOM mid-text)': Buffer.concat([
			Buffer.from('Mr. Zoltán (Hungary): Délégation.\n', 'utf8'),
			Buffer.from('Mme Lefèvre (France) : Délégation.\r\n', 'latin1'),
			Buffer.from('Mr. A (B): text\n', 'utf16le'),
			Buffer.from('\uFEFFThe President: Merci.\r', 'utf8'),
		]).toString('utf8').repeat(300),
		'a label nested 10k parentheses deep': `Mr. X (${'Y ('.repeat(10_000)}${')'.repeat(10_001)}: We welcome the report.\n`,
		'right-to-left text': 'الرئيس: أشكر السيد أورلن على إحاطته.\nالسيد تافي (إيستلاند): نرحب بالتقرير.\n'.repeat(500),
		'combining characters': 'Mr. Zu\u0301pan\u030Cic\u030C (Slo\u0300venia): We we\u0301lcome the re\u0308port.\n'.repeat(500),
		'astral characters and lone surrogates': '\u{1F54A}\uD800 Mr. A (B): \uDC00 text\n'.repeat(1000),
		'capitalised words without end': 'Permanent Mission Of The United Nations Organization '.repeat(20_000),
		'colons without speakers': ':'.repeat(200_000),
		'long dotted leaders': `President: Ms. V ${'. '.repeat(100_000)}(France)\n`,
		// Found by the mutation property (shrunk by hand): a label glued to its parenthesis with an
		// institution name as the last words once made the phrase lookup read past the last word.
		'a glued label ending in an institution name': 'The PRESIDENT(interpretation from):General Assembly',
	};
}
