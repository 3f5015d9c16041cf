/**
 * The markdown of each kind of hover: speaker, institution, state, theme cue, stance cue and
 * heading. Every lookup goes through the per-analysis indexes (speaker directory, sorted arrays),
 * so a hover costs a few map reads, not a scan of the document.
 */
import { Statement, Stance } from '../core/model';
import { AnalyzedDocument } from './analyzedDocument';
import { Annotation } from './annotations';
import { escapeMarkdown as md, revealLink } from './commands';
import { spanToRange } from './ranges';
import { speakerKey, speakerName } from './speakers';
import { themeInfo } from './vocabulary';

/** How many statement links a hover lists before "and N more". */
const MAX_LINKS = 8;

/** Who spoke, for whom, how often, on which themes, the gist and the user's tags. */
export function speakerHover(doc: AnalyzedDocument, statement: Statement, tags: readonly Annotation[], userLabels: ReadonlyMap<string, string>): string {
	const sp = statement.speaker;
	const head = [`**${md(speakerName(sp))}**`];
	if (sp.name && sp.title) head.push(md(sp.title));
	if (sp.affiliation && sp.affiliation !== speakerName(sp)) head.push(md(sp.affiliation));
	const lines = [head.join(' · ')];
	const facts: string[] = [];
	if (sp.role) facts.push(`role: ${sp.role}`);
	if (sp.onBehalfOf.length > 0) facts.push(`on behalf of ${sp.onBehalfOf.map(md).join(', ')}`);
	if (facts.length > 0) lines.push(facts.join(' · '));
	const all = doc.speakers.statementsOf(statement);
	lines.push(`${plural(all.length, 'statement')} in this document: ${statementLinks(doc, all)}`);
	const themes = themesWithStances(all);
	if (themes.length > 0) lines.push(`Themes: ${themes.join(', ')}`);
	if (statement.keySentence) lines.push(`> ${md(statement.keySentence)}`);
	if (tags.length > 0) lines.push(`Your tags: ${tags.map(t => tagText(t, userLabels)).join('; ')}`);
	return lines.join('\n\n');
}

/** Full name and acronym, kind of body and how often it is named. */
export function institutionHover(doc: AnalyzedDocument, entry: number): string {
	const inst = doc.analysis.institutions[entry];
	const name = inst.acronym && inst.acronym !== inst.name ? `**${md(inst.name)}** (${md(inst.acronym)})` : `**${md(inst.name)}**`;
	const kind = inst.kind.replace(/-/g, ' ');
	const learned = inst.learned ? ' · acronym defined in this text' : '';
	const canonical = inst.canonical && inst.canonical !== inst.name ? `\n\nalso: ${md(inst.canonical)}` : '';
	return `${name}${canonical}\n\n${kind}${learned} · named ${times(inst.mentions.length)} in this document`;
}

/** The delegation's statements and how it voted. */
export function stateHover(doc: AnalyzedDocument, entry: number): string {
	const state = doc.analysis.states[entry];
	const lines = [`**${md(state.name)}**${state.observer ? ' · observer' : ''} · named ${times(state.mentions.length)} in this document`];
	const statements = doc.speakers.statementsOfDelegation(state.name);
	lines.push(statements.length > 0
		? `${plural(statements.length, 'statement')} by its delegation: ${statementLinks(doc, statements)}`
		: 'No statement by its delegation in this document');
	const vote = voteOf(doc, state.name, statements);
	if (vote) lines.push(`Vote: ${vote}`);
	return lines.join('\n\n');
}

/** The theme, its description and everyone who addressed it, with stance. */
export function themeHover(doc: AnalyzedDocument, statement: Statement, theme: string | undefined): string {
	if (!theme) theme = statement.themes[0];
	if (!theme) return `Theme cue in the statement of ${md(speakerKey(statement.speaker))}`;
	const info = themeInfo(theme);
	const lines = [`**${md(info.label)}** (theme)`];
	if (info.description) lines.push(md(info.description));
	const others = doc.speakers.statementsOnTheme(theme);
	if (others.length > 0) {
		const shown = others.slice(0, MAX_LINKS).map(s => {
			const stance = stanceOn(s, theme!);
			const label = speakerKey(s.speaker) + (stance ? ` (${stance})` : '');
			return s.index === statement.index ? `${link(doc, s, label)} (this statement)` : link(doc, s, label);
		});
		lines.push(`Addressed by: ${shown.join(', ')}${more(others.length)}`);
	}
	return lines.join('\n\n');
}

/** The stance a cue signals, on which theme, by whom. */
export function stanceHover(doc: AnalyzedDocument, statement: Statement, stance: Stance | undefined, theme: string | undefined): string {
	const on = theme ? ` on ${md(themeInfo(theme).label)}` : '';
	return `Stance: **${stance ?? 'unspecified'}**${on} · ${link(doc, statement, speakerKey(statement.speaker))}`;
}

/** How many statements a section holds. */
export function headingHover(doc: AnalyzedDocument, heading: number): string {
	const count = doc.speakers.bySection.get(heading)?.length ?? 0;
	return `**${md(doc.analysis.headings[heading].text)}** · ${plural(count, 'statement')} in this section`;
}

function themesWithStances(statements: readonly Statement[]): string[] {
	const byTheme = new Map<string, Set<Stance>>();
	for (const s of statements) {
		for (const t of s.themes) if (!byTheme.has(t)) byTheme.set(t, new Set());
		for (const ts of s.stances) {
			let set = byTheme.get(ts.theme);
			if (!set) byTheme.set(ts.theme, set = new Set());
			set.add(ts.stance);
		}
	}
	return [...byTheme].map(([theme, stances]) => md(themeInfo(theme).label) + (stances.size > 0 ? ` (${[...stances].join(', ')})` : ''));
}

function stanceOn(statement: Statement, theme: string): Stance | undefined {
	return statement.stances.find(s => s.theme === theme)?.stance;
}

function voteOf(doc: AnalyzedDocument, state: string, statements: readonly Statement[]): string | undefined {
	const own = statements.find(s => s.vote !== null);
	if (own?.vote) return own.vote.replace('-', ' ');
	for (const v of doc.analysis.votes) {
		const line = `(recorded vote, line ${v.line})`;
		if (v.inFavour.includes(state)) return `in favour ${line}`;
		if (v.against.includes(state)) return `against ${line}`;
		if (v.abstaining.includes(state)) return `abstaining ${line}`;
	}
	return undefined;
}

function statementLinks(doc: AnalyzedDocument, statements: readonly Statement[]): string {
	return statements.slice(0, MAX_LINKS).map(s => link(doc, s, `line ${s.startLine}`)).join(' · ') + more(statements.length);
}

function link(doc: AnalyzedDocument, s: Statement, label: string): string {
	return revealLink(label, doc.uri, s.index, spanToRange(doc.lines, s.speaker.span ?? s.span));
}

function tagText(a: Annotation, userLabels: ReadonlyMap<string, string>): string {
	const parts = [a.themes.map(id => md(userLabels.get(id) ?? themeInfo(id).label)).join(', ')];
	if (a.stance) parts.push(`(${a.stance})`);
	if (a.note) parts.push(`— ${md(a.note)}`);
	return parts.filter(p => p.length > 0).join(' ');
}

function more(total: number): string {
	return total > MAX_LINKS ? ` and ${total - MAX_LINKS} more` : '';
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function times(n: number): string {
	return n === 1 ? 'once' : `${n} times`;
}
