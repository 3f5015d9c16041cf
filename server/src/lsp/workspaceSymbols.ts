/**
 * The workspace symbols of one analysed text (speakers, delegations that spoke, institutions) and
 * the fuzzy query over them.
 */
import { SymbolInformation, SymbolKind } from 'vscode-languageserver/node';
import { LineIndex } from '../core/lines';
import { Analysis } from '../core/model';
import { spanToRange } from './ranges';
import { speakerKey } from './speakers';

/** Speakers (first statement), delegations (first statement) and institutions (first mention) of a text. */
export function symbolsOf(uri: string, analysis: Analysis, lines: LineIndex, container: string): SymbolInformation[] {
	const out: SymbolInformation[] = [];
	const seen = new Set<string>();
	const add = (name: string, kind: SymbolKind, span: { start: number; end: number }) => {
		const id = `${kind}:${name}`;
		if (seen.has(id)) return;
		seen.add(id);
		out.push({ name, kind, containerName: container, location: { uri, range: spanToRange(lines, span) } });
	};
	for (const s of analysis.statements) {
		const at = s.speaker.span ?? { start: s.span.start, end: s.span.start };
		add(speakerKey(s.speaker), SymbolKind.Event, at);
		if (s.speaker.affiliation && s.speaker.name) add(s.speaker.affiliation, SymbolKind.Namespace, at);
	}
	for (const inst of analysis.institutions) {
		const first = inst.mentions[0];
		// The vocabulary's name, so that one body has one name across all texts.
		const name = inst.canonical || inst.name;
		if (first) add(inst.acronym && inst.acronym !== name ? `${name} (${inst.acronym})` : name, SymbolKind.Class, first.span);
	}
	return out;
}

/**
 * How well `name` matches `query`: 0 for a prefix, 1 for a substring, 2 for the query's letters in
 * order (fuzzy), undefined for no match. Case-insensitive; an empty query matches everything.
 */
export function matchScore(query: string, name: string): number | undefined {
	const q = query.toLowerCase().trim();
	if (q.length === 0) return 1;
	const n = name.toLowerCase();
	const at = n.indexOf(q);
	if (at === 0) return 0;
	if (at > 0) return 1;
	let i = 0;
	for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
	return i === q.length ? 2 : undefined;
}

/** The best matches of `query` among symbols, best first, at most `limit`. */
export function querySymbols(query: string, symbols: Iterable<SymbolInformation>, limit = 500): SymbolInformation[] {
	const scored: { s: SymbolInformation; score: number }[] = [];
	for (const s of symbols) {
		const score = matchScore(query, s.name);
		if (score !== undefined) scored.push({ s, score });
	}
	scored.sort((a, b) => a.score - b.score || a.s.name.localeCompare(b.s.name));
	return scored.slice(0, limit).map(x => x.s);
}
