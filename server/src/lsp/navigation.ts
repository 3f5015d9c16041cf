/**
 * Go to definition and find references. The entity under the cursor comes from the token list;
 * a person's name that is not a token (a surname in running text) is matched against speakers.
 */
import { Location, Position } from 'vscode-languageserver/node';
import { Statement } from '../core/model';
import { AnalyzedDocument } from './analyzedDocument';
import { DocumentView } from './context';
import { offsetOf, spanToRange } from './ranges';
import { nameWords, speakerKey } from './speakers';
import { tokenAt } from './tokenList';

/** What the cursor designates. */
type Target =
	| { kind: 'speaker'; key: string; statements: readonly Statement[]; words: string[] }
	| { kind: 'state'; entry: number }
	| { kind: 'institution'; entry: number };

/** The statements of the delegation or person under the cursor; null when there is none. */
export function definition(view: DocumentView, position: Position): Location[] | null {
	const { doc } = view;
	const target = targetAt(view, position);
	if (!target || target.kind === 'institution') return null;
	const statements = target.kind === 'speaker' ? target.statements
		: doc.speakers.statementsOfDelegation(doc.analysis.states[target.entry].name);
	return statements.length > 0 ? statements.map(s => labelLocation(doc, s)) : null;
}

/** Every statement and mention of the speaker, state or institution under the cursor; null when none. */
export function references(view: DocumentView, position: Position): Location[] | null {
	const { doc } = view;
	const target = targetAt(view, position);
	if (!target) return null;
	const spans: { start: number; end: number }[] = [];
	if (target.kind === 'institution') {
		spans.push(...doc.analysis.institutions[target.entry].mentions.map(m => m.span));
	} else if (target.kind === 'state') {
		const state = doc.analysis.states[target.entry];
		spans.push(...state.mentions.map(m => m.span));
		for (const s of doc.speakers.statementsOfDelegation(state.name)) if (s.speaker.span) spans.push(s.speaker.span);
	} else {
		for (const s of target.statements) spans.push(s.speaker.span ?? { start: s.span.start, end: s.span.start });
		for (const word of target.words) spans.push(...wordOccurrences(doc.text, word));
	}
	return dedupe(spans).map(span => ({ uri: doc.uri, range: spanToRange(doc.lines, span) }));
}

function targetAt(view: DocumentView, position: Position): Target | undefined {
	const { doc } = view;
	const offset = offsetOf(doc.lines, position);
	const token = tokenAt(doc.tokens(view.annotations, view.revision), offset);
	if (token?.ref.kind === 'state' || token?.ref.kind === 'institution') return { kind: token.ref.kind, entry: token.ref.entry };
	if (token?.ref.kind === 'speaker') {
		const statement = doc.analysis.statements[token.ref.statement];
		return { kind: 'speaker', key: speakerKey(statement.speaker), statements: doc.speakers.statementsOf(statement), words: longestNameWord(statement) };
	}
	const named = personNamedAt(doc, offset);
	return named && { kind: 'speaker', key: named.key, statements: named.statements, words: [named.word] };
}

/**
 * The speaker whose name holds the word at `offset` in running text (a surname in "I thank
 * Ms. Tembo-Haugland"); undefined when the word names no speaker or more than one.
 */
export function personNamedAt(doc: AnalyzedDocument, offset: number): { key: string; word: string; start: number; statements: readonly Statement[] } | undefined {
	const at = wordAt(doc.text, offset);
	if (!at) return undefined;
	const keys = doc.speakers.speakersNamed(at.word);
	if (keys.length !== 1) return undefined;
	const statements = doc.speakers.bySpeaker.get(keys[0]) ?? [];
	return statements.length > 0 ? { key: keys[0], word: at.word, start: at.start, statements } : undefined;
}

/** The last distinctive word of a speaker's name as printed, for finding the name in running text. */
function longestNameWord(s: Statement): string[] {
	const words = nameWords(s.speaker.name);
	if (words.length === 0) return [];
	const last = words[words.length - 1];
	const printed = s.speaker.name!.split(/[\s,.]+/).find(w => w.toLowerCase() === last);
	return printed ? [printed] : [];
}

function labelLocation(doc: AnalyzedDocument, s: Statement): Location {
	return { uri: doc.uri, range: spanToRange(doc.lines, s.speaker.span ?? { start: s.span.start, end: s.span.start }) };
}

const WORD = /[\p{L}\p{M}'’-]/u;

/** The word around `offset` (a possessive 's dropped) and where it starts; undefined between words. */
function wordAt(text: string, offset: number): { word: string; start: number } | undefined {
	let start = offset, end = offset;
	// Bounded: a name is short, and a run of letters thousands long is not one.
	while (start > 0 && offset - start < 64 && WORD.test(text.charAt(start - 1))) start--;
	while (end < text.length && end - offset < 64 && WORD.test(text.charAt(end))) end++;
	return end > start ? { word: text.slice(start, end).replace(/['’]s$/, ''), start } : undefined;
}

/**
 * Whole-word occurrences of a name word as printed, in capitals or capitalised ("Son" the surname,
 * not "son" the word; "INDERFURTH" in a label and "Inderfurth" in the text).
 */
function wordOccurrences(text: string, word: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const lower = word.toLowerCase();
	const variants = [...new Set([word, word.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1)])];
	const escaped = variants.map(v => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
	const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${escaped})(?![\\p{L}\\p{M}])`, 'gu');
	for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/** Sorted spans without duplicates or spans inside another (a surname inside its own label). */
function dedupe(spans: { start: number; end: number }[]): { start: number; end: number }[] {
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: { start: number; end: number }[] = [];
	for (const s of spans) if (out.length === 0 || s.end > out[out.length - 1].end) out.push(s);
	return out;
}
