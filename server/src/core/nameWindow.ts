/**
 * Whether an edit changed any name: the institutions and states of the sentences around it, read
 * again before and after it (for incremental.ts).
 */
import { findStates } from './analyze';
import { findInstitutions } from './institutions';
import { InstitutionEntry, Mention, StateEntry } from './model';
import { Stretch, TextEdit } from './textEdit';
import { Gap, tokenize } from './tokens';
import { Vocabulary } from './vocabulary';

/** How far around an edit the names are read again (characters): far more than any name runs. */
export const NAME_WINDOW = 2000;

/**
 * Whether the institutions and states named around the edit are the same before and after it.
 * Names never run across a sentence break (Gap.Break), so the names of the sentences the edit
 * touches, with one more on each side (for an acronym defined in brackets after a name), are read
 * again in both texts and compared. Three things reach further and are refused: committees named
 * by resolution ("Committee established pursuant to …"), acronyms the text defined earlier (an
 * edited word with two capitals could become one), and names longer than the window.
 */
export function namesUnchanged(before: Stretch, after: Stretch, edit: TextEdit, vocab: Vocabulary): boolean {
	if (/pursuant/i.test(before.slice(edit.start - 400, edit.oldEnd + 400))) return false;
	const window = sentencesAround(before, edit.start, edit.oldEnd, vocab);
	if (!window) return false;
	const delta = edit.newEnd - edit.oldEnd;
	if (hasAcronymLikeWord(before, edit.start, edit.oldEnd, vocab) || hasAcronymLikeWord(after, edit.start, edit.newEnd, vocab)) return false;
	const oldNames = namesIn(before, window.start, window.end, vocab);
	const newNames = namesIn(after, window.start, window.end + delta, vocab);
	const moved = (m: Mention) => m.span.end <= edit.start ? m.span.start + ':' + m.span.end
		: m.span.start >= edit.oldEnd ? (m.span.start + delta) + ':' + (m.span.end + delta) : 'edited';
	const fresh = (m: Mention) => m.span.start + ':' + m.span.end;
	return describe(oldNames, moved) === describe(newNames, fresh);
}

/** The offsets of the sentences that [from, to) touches, with one more on each side; null when too long. */
function sentencesAround(text: Stretch, from: number, to: number, vocab: Vocabulary): { start: number; end: number } | null {
	const a = Math.max(text.offset, from - NAME_WINDOW), b = Math.min(text.end, to + NAME_WINDOW);
	const words = tokenize(text.text, a - text.offset, b - text.offset, vocab.words);
	if (words.count === 0) return { start: from, end: to };
	const base = text.offset;
	// The words touching [from, to]; when none does, the word on each side.
	let i = 0;
	while (i < words.count && words.end[i] + base < from) i++;
	let j = words.count - 1;
	while (j >= 0 && words.start[j] + base > to) j--;
	i = Math.min(i, words.count - 1);
	j = Math.max(j, 0);
	let left = Math.min(i, j), right = Math.max(i, j);
	for (let breaks = 0; breaks < 2; left--) {
		if (left <= 0) { if (a > 0) return null; left = 0; break; }
		if (words.gapBefore[left] === Gap.Break && ++breaks === 2) break;
	}
	for (let breaks = 0; breaks < 2; right++) {
		if (right + 1 >= words.count) { if (b < text.length) return null; right = words.count - 1; break; }
		if (words.gapBefore[right + 1] === Gap.Break && ++breaks === 2) break;
	}
	return { start: Math.min(from, words.start[left] + base), end: Math.max(to, words.end[right] + base) };
}

/** True when a word touching [from, to) has two capitals, as defined acronyms do ("MINUSCA"). */
function hasAcronymLikeWord(text: Stretch, from: number, to: number, vocab: Vocabulary): boolean {
	let a = from, b = to;
	while (a > text.offset && !isBoundary(text.charCodeAt(a - 1))) a--;
	while (b < text.end && !isBoundary(text.charCodeAt(b))) b++;
	const words = tokenize(text.text, a - text.offset, b - text.offset, vocab.words);
	for (let i = 0; i < words.count; i++) {
		let capitals = 0;
		for (let p = words.start[i]; p < words.end[i]; p++) {
			const c = text.text.charCodeAt(p);
			if (c >= 65 && c <= 90 && ++capitals >= 2) return true;
		}
	}
	return false;
}

function isBoundary(c: number): boolean {
	return c === 32 || c === 10 || c === 13 || c === 9;
}

interface Names {
	readonly institutions: readonly InstitutionEntry[];
	readonly states: readonly StateEntry[];
}

/** The names in text[start, end), with offsets of the whole text. */
function namesIn(text: Stretch, start: number, end: number, vocab: Vocabulary): Names {
	const words = tokenize(text.text, start - text.offset, end - text.offset, vocab.words);
	const lineOf = () => 0;
	const back = (list: readonly Mention[]) => list.map(m => ({ ...m, span: { start: m.span.start + text.offset, end: m.span.end + text.offset } }));
	return {
		institutions: findInstitutions(text.text, words, vocab, lineOf).map(e => ({ ...e, mentions: back(e.mentions) })),
		states: findStates(text.text, words, vocab, lineOf).map(e => ({ ...e, mentions: back(e.mentions) })),
	};
}

function describe(names: Names, where: (m: Mention) => string): string {
	const mentions = (list: readonly Mention[]) => list.map(m => where(m) + '=' + m.text).join(',');
	return JSON.stringify([
		names.institutions.map(e => [e.id, e.name, e.canonical, e.acronym, e.kind, e.learned, mentions(e.mentions)]),
		names.states.map(e => [e.name, e.observer, mentions(e.mentions)]),
	]);
}
