/**
 * The positions matrix: who stood where on which theme, in one meeting text or across several.
 * A pure function of analyses (and the user's tags); the exporters, the command line and the
 * language server all render this one model.
 *
 * Rows are delegations (a speaker's state, observer, group or organization), or the speaker
 * themself when no affiliation is known or they are United Nations officials (a Secretary-General,
 * a Special Representative), who speak for their office. Columns are themes: the
 * ones the engine recognized and the user's own tags are separate columns (`source`), so a reader
 * always knows which is which; a "vote" column is added when any text reports a vote.
 *
 * Grouping rule, kept simple on purpose: a row's group is the first group the text says the
 * delegation spoke for (`speaker.onBehalfOf`: "on behalf of the African Group"); failing that, the
 * state's regional group from the vocabulary (the first group in server/data/states.json); failing
 * that (organizations, offices, persons), OTHER_GROUP. Groups keep their order of first
 * appearance, OTHER_GROUP last; rows keep theirs within the group.
 */
import { Analysis, Stance, Statement, Vote } from './model';
import { matrixVotes } from './matrixVotes';
import { evidenceOf, Evidence, speakerLabel, tagEvidence } from './matrixEvidence';
import { builtinVocabulary, Vocabulary } from './vocabulary';

export type MatrixStance = Stance | 'mixed' | 'none';
export type MatrixVote = Vote | 'mixed';
export type ColumnSource = 'recognized' | 'user' | 'vote';
/** A statement (or vote record) behind a cell, with the stance or vote it carries there. */
export type MatrixEvidence = Evidence & { readonly stance: Stance | null; readonly vote?: Vote };

/** The group of rows that no text or vocabulary places in a bloc or regional group. */
export const OTHER_GROUP = 'Other speakers';
export const VOTE_COLUMN = 'vote';

/** A user annotation as the matrix needs it: where it sits, and what it says. */
export interface UserTag {
	/** The statement it belongs to; else `start` (an offset) picks the statement holding it. */
	readonly statementIndex?: number;
	readonly start?: number;
	readonly themes: readonly string[];
	readonly stance: Stance | null;
}

/** One analysed text. `text` (optional) lets cells quote the sentence of the cue, not only the gist. */
export interface MatrixSource {
	readonly file: string;
	readonly analysis: Analysis;
	readonly text?: string;
	/** `YYYY-MM-DD` (see `meetingDate`); orders several texts in time. */
	readonly date?: string | null;
	readonly annotations?: readonly UserTag[];
}

export interface MatrixOptions {
	readonly vocabulary?: Vocabulary;
	/** Labels of the user's own themes (id → label). */
	readonly userThemes?: readonly { readonly id: string; readonly label: string }[];
}

export interface MatrixFile { readonly file: string; readonly date: string | null; readonly genre: Analysis['genre'] }
export interface MatrixColumn { readonly key: string; readonly id: string; readonly label: string; readonly source: ColumnSource }

/** A cell of one text: the aggregated stance (or vote) and how many statements carry it. */
export interface MatrixFileCell {
	readonly stance: MatrixStance;
	readonly count: number;
	/** Statements per stance ('none': the theme addressed without a recognized stance); empty for votes. */
	readonly tally: Partial<Record<Stance | 'none', number>>;
	readonly vote?: MatrixVote;
}

export interface MatrixCell extends MatrixFileCell {
	readonly statements: readonly MatrixEvidence[];
	/** One entry per `MatrixModel.files` (same order), null where the row did not address it there. */
	readonly byFile: readonly (MatrixFileCell | null)[];
}

export interface MatrixRow {
	readonly key: string;
	readonly label: string;
	readonly kind: 'delegation' | 'speaker';
	readonly group: string;
	/** The people who spoke for the row, in order of first appearance. */
	readonly speakers: readonly string[];
	/** Cells by column key; columns the row never addressed are absent. */
	readonly cells: Readonly<Record<string, MatrixCell>>;
}

export interface MatrixModel {
	/** In time order when the texts give dates (undated ones after, by name). */
	readonly files: readonly MatrixFile[];
	readonly columns: readonly MatrixColumn[];
	readonly groups: readonly { readonly name: string; readonly rows: readonly string[] }[];
	readonly rows: readonly MatrixRow[];
}

/** The aggregation of one stance list: one stance if all agree, 'mixed' if they differ, else 'none'. */
export function aggregateStance(stances: readonly (Stance | null)[]): MatrixStance {
	const distinct = new Set(stances.filter((s): s is Stance => s !== null));
	return distinct.size === 0 ? 'none' : distinct.size === 1 ? [...distinct][0] : 'mixed';
}

/** The Organization's own officials speak for their office, not for a delegation: one row each. */
const UNITED_NATIONS = 'United Nations';

/**
 * The row a statement belongs to: its delegation (state, observer, organization), else the speaker.
 * A speaker's row is keyed by the last word of their name (or their title) and affiliation, so that
 * "Ms. Adjoa Mensah-Lindqvist" in a press release and "Ms. Mensah-Lindqvist" in the record of the
 * same meeting share a row.
 */
export function rowOf(s: Statement): { key: string; label: string; kind: MatrixRow['kind'] } {
	const { affiliation, name, title } = s.speaker;
	if (affiliation && affiliation !== UNITED_NATIONS) return { key: `delegation:${affiliation}`, label: affiliation, kind: 'delegation' };
	const who = name?.trim().split(/\s+/).pop() ?? title ?? 'Unknown speaker';
	return { key: `speaker:${who.toLowerCase()}|${affiliation ?? ''}`, label: speakerLabel(s), kind: 'speaker' };
}

/** Orders texts by date (undated after dated), then by file name. */
export function orderSources<T extends { readonly file: string; readonly date?: string | null }>(sources: readonly T[]): T[] {
	return [...sources].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.file.localeCompare(b.file));
}

interface Hit { fileIndex: number; stance: Stance | null; vote?: Vote; evidence: Evidence }

/** Builds the matrix of one or more analysed texts; empty (no rows) when none has statements. */
export function buildMatrix(sources: readonly MatrixSource[], options: MatrixOptions = {}): MatrixModel {
	const vocab = options.vocabulary ?? builtinVocabulary();
	const userLabels = new Map((options.userThemes ?? []).map(t => [t.id, t.label]));
	const ordered = orderSources(sources);
	const rows = new Map<string, { key: string; label: string; kind: MatrixRow['kind']; group: string | null; speakers: string[]; hits: Map<string, Hit[]> }>();
	const columns = new Map<string, MatrixColumn>();
	const column = (source: ColumnSource, id: string): string => {
		const key = source === 'vote' ? VOTE_COLUMN : `${source}:${id}`;
		if (!columns.has(key)) {
			const label = source === 'vote' ? 'Vote' : source === 'user' ? userLabels.get(id) ?? vocab.theme(id)?.label ?? humanise(id) : vocab.theme(id)?.label ?? humanise(id);
			columns.set(key, { key, id, label, source });
		}
		return key;
	};

	ordered.forEach((src, fileIndex) => {
		const tags = tagsByStatement(src);
		const rowOfStatement = new Map<number, string>();
		for (const s of src.analysis.statements) {
			const r = rowOf(s);
			rowOfStatement.set(s.index, r.key);
			let row = rows.get(r.key);
			if (!row) rows.set(r.key, row = { ...r, group: null, speakers: [], hits: new Map() });
			// The fullest form of a speaker's name names the row.
			else if (r.label.length > row.label.length) row.label = r.label;
			row.group ??= s.speaker.onBehalfOf[0] ?? null;
			const who = s.speaker.name ?? s.speaker.title;
			if (who && !row.speakers.includes(who)) row.speakers.push(who);
			const add = (key: string, hit: Hit) => { const list = row!.hits.get(key); if (list) list.push(hit); else row!.hits.set(key, [hit]); };
			const themes = [...s.themes, ...s.stances.map(x => x.theme).filter(t => !s.themes.includes(t))];
			for (const theme of new Set(themes)) {
				const stance = s.stances.find(x => x.theme === theme)?.stance ?? null;
				add(column('recognized', theme), { fileIndex, stance, evidence: evidenceOf(src, s, theme) });
			}
			for (const tag of tags.get(s.index) ?? []) {
				for (const theme of new Set(tag.themes)) add(column('user', theme), { fileIndex, stance: tag.stance, evidence: tagEvidence(src, s, tag) });
			}
		}
		for (const v of matrixVotes(src, rowOfStatement, rowKey => rows.get(rowKey)?.label ?? '')) {
			const row = rows.get(v.rowKey)!;
			const key = column('vote', VOTE_COLUMN);
			const list = row.hits.get(key) ?? [];
			list.push({ fileIndex, stance: null, vote: v.vote, evidence: v.evidence });
			row.hits.set(key, list);
		}
	});

	const files: MatrixFile[] = ordered.map(s => ({ file: s.file, date: s.date ?? null, genre: s.analysis.genre }));
	const built: MatrixRow[] = [...rows.values()].map(r => ({
		key: r.key, label: r.label, kind: r.kind, speakers: r.speakers,
		group: r.group ?? (r.kind === 'delegation' ? vocab.stateByName(r.label)?.groups[0] : undefined) ?? OTHER_GROUP,
		cells: Object.fromEntries([...r.hits].map(([key, hits]) => [key, cellOf(hits, files.length)])),
	}));
	const groupNames = [...new Set(built.map(r => r.group))].sort((a, b) => Number(a === OTHER_GROUP) - Number(b === OTHER_GROUP));
	const groups = groupNames.map(name => ({ name, rows: built.filter(r => r.group === name).map(r => r.key) }));
	const byKey = new Map(built.map(r => [r.key, r]));
	return { files, columns: orderColumns([...columns.values()], built), groups, rows: groups.flatMap(g => g.rows.map(k => byKey.get(k)!)) };
}

function cellOf(hits: readonly Hit[], fileCount: number): MatrixCell {
	const summary = (list: readonly Hit[]): MatrixFileCell => {
		const tally: Partial<Record<Stance | 'none', number>> = {};
		for (const h of list) if (h.vote === undefined) tally[h.stance ?? 'none'] = (tally[h.stance ?? 'none'] ?? 0) + 1;
		const votes = new Set(list.flatMap(h => h.vote ? [h.vote] : []));
		const vote = votes.size === 0 ? undefined : votes.size === 1 ? [...votes][0] : 'mixed';
		return { stance: aggregateStance(list.map(h => h.stance)), count: list.length, tally, ...(vote ? { vote } : {}) };
	};
	const perFile: Hit[][] = Array.from({ length: fileCount }, () => []);
	for (const h of hits) perFile[h.fileIndex].push(h);
	const byFile = perFile.map(list => list.length ? summary(list) : null);
	const statements = hits.map(h => ({ ...h.evidence, stance: h.stance, ...(h.vote ? { vote: h.vote } : {}) }));
	return { ...summary(hits), statements, byFile };
}

/** Recognized themes by how many rows addressed them (then label), user tags after, the vote last. */
function orderColumns(columns: MatrixColumn[], rows: readonly MatrixRow[]): MatrixColumn[] {
	const reach = new Map<string, number>();
	for (const r of rows) for (const key of Object.keys(r.cells)) reach.set(key, (reach.get(key) ?? 0) + 1);
	const rank: Record<ColumnSource, number> = { recognized: 0, user: 1, vote: 2 };
	return columns.sort((a, b) => rank[a.source] - rank[b.source] || (reach.get(b.key) ?? 0) - (reach.get(a.key) ?? 0) || a.label.localeCompare(b.label));
}

function tagsByStatement(src: MatrixSource): Map<number, UserTag[]> {
	const map = new Map<number, UserTag[]>();
	const statements = src.analysis.statements;
	for (const tag of src.annotations ?? []) {
		const index = tag.statementIndex ?? (tag.start !== undefined ? statements.find(s => s.span.start <= tag.start! && tag.start! <= s.span.end)?.index : undefined);
		if (index === undefined || !statements[index]) continue;
		const list = map.get(index);
		if (list) list.push(tag); else map.set(index, [tag]);
	}
	return map;
}

function humanise(id: string): string {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
