/**
 * The positions view's data (PositionsRequest) and the statement under the cursor
 * (StatementAtRequest): statements with themes and stances, merged with the user's tags, grouped
 * by speaker, by theme and by delegation group.
 */
import { Statement } from '../core/model';
import { PositionsParams, PositionsResult, PositionStatement, StanceId } from '../protocol';
import { Annotation } from './annotations';
import { DocumentView } from './context';
import { spanToRange } from './ranges';
import { speakerKey, speakerName } from './speakers';
import { stateGroups, themeInfo } from './vocabulary';

/** The positions of one document, filtered by theme and stance when the params ask for it. */
export function positions(view: DocumentView, params: PositionsParams): PositionsResult {
	const { doc } = view;
	const tags = doc.annotations(view.annotations, view.revision);
	const userLabels = new Map((view.annotations?.userThemes ?? []).map(t => [t.id, t.label]));
	const all = doc.analysis.statements.map(s => positionStatement(view, s, tags.get(s.index) ?? [], userLabels));
	const statements = all.filter(p => matches(p, params));
	const bySpeaker = new Map<string, PositionsResult['bySpeaker'][number]>();
	const byTheme = new Map<string, PositionsResult['byTheme'][number]>();
	const byGroup = new Map<string, Set<string>>();
	for (const p of statements) {
		const s = doc.analysis.statements[p.index];
		const key = speakerKey(s.speaker);
		let entry = bySpeaker.get(key);
		if (!entry) bySpeaker.set(key, entry = { key, speaker: p.speaker, affiliation: p.affiliation, statements: [] });
		entry.statements.push(p.index);
		for (const t of p.themes) {
			let theme = byTheme.get(t.id);
			if (!theme) byTheme.set(t.id, theme = { id: t.id, label: t.label, user: t.user, entries: [] });
			theme.entries.push({ speakerKey: key, statement: p.index, stance: t.stance });
		}
		const groups = [...(s.speaker.affiliation ? stateGroups(s.speaker.affiliation) : []), ...s.speaker.onBehalfOf];
		for (const g of groups) {
			let set = byGroup.get(g);
			if (!set) byGroup.set(g, set = new Set());
			set.add(key);
		}
	}
	return {
		uri: doc.uri,
		version: doc.version,
		genre: doc.analysis.genre,
		statements,
		bySpeaker: [...bySpeaker.values()],
		byTheme: [...byTheme.values()],
		byGroup: [...byGroup].map(([group, keys]) => ({ group, speakerKeys: [...keys] })),
	};
}

/** One statement as the positions view and tagging commands see it. */
export function positionStatement(view: DocumentView, s: Statement, tags: readonly Annotation[], userLabels: ReadonlyMap<string, string>): PositionStatement {
	const { doc } = view;
	const range = spanToRange(doc.lines, s.span);
	const themes: PositionStatement['themes'] = s.themes.map(id => ({
		id, label: themeInfo(id).label, stance: s.stances.find(x => x.theme === id)?.stance ?? null, user: false,
	}));
	// Stances on themes the engine did not rank among the statement's themes still count.
	for (const st of s.stances) {
		if (!themes.some(t => t.id === st.theme)) themes.push({ id: st.theme, label: themeInfo(st.theme).label, stance: st.stance, user: false });
	}
	for (const a of tags) {
		for (const id of a.themes) {
			const existing = themes.find(t => t.id === id && t.user);
			if (existing) { existing.stance ??= a.stance; continue; }
			themes.push({ id, label: userLabels.get(id) ?? themeInfo(id).label, stance: a.stance, user: true });
		}
	}
	return {
		index: s.index,
		range,
		selectionRange: s.speaker.span ? spanToRange(doc.lines, s.speaker.span) : { start: range.start, end: range.start },
		speaker: speakerName(s.speaker),
		affiliation: s.speaker.affiliation,
		role: s.speaker.role,
		onBehalfOf: [...s.speaker.onBehalfOf],
		themes,
		vote: s.vote,
		keySentence: s.keySentence,
		annotationIds: tags.map(a => a.id),
	};
}

function matches(p: PositionStatement, params: PositionsParams): boolean {
	const themes = params.themes?.length ? new Set(params.themes) : undefined;
	const stances = params.stances?.length ? new Set<StanceId>(params.stances) : undefined;
	if (!themes && !stances) return true;
	return p.themes.some(t => (!themes || themes.has(t.id)) && (!stances || (t.stance !== null && stances.has(t.stance))));
}
