/**
 * Segments a verbatim record into turns: each from its speaker label to the next label, heading,
 * procedural line or vote block. One pass over the lines.
 */
import { Affiliation, affiliationFromTitle, onBehalfOf, resolveAffiliation, UNITED_NATIONS } from './affiliation';
import { CoverPage, Officer, parseCoverPage, secretaryGeneralIn } from './coverPage';
import { parseLabel, looksLikeBrokenLabel, Label } from './labels';
import { LineIndex } from './lines';
import { ContentLines, Line } from './recordLines';
import { InvitationReader, surname } from './invitations';
import { Heading, Role, Speaker, VoteRecord } from './model';
import { MatchList } from './phrases';
import { classifyLine, voteListHeader } from './procedural';
import { Words } from './tokens';
import { StateInfo, Vocabulary } from './vocabulary';
import { addVoters } from './votes';

export interface Turn {
	readonly start: number;
	readonly end: number;
	readonly speaker: Speaker;
}

export interface Segmentation {
	readonly turns: Turn[];
	readonly headings: Heading[];
	readonly votes: VoteRecord[];
	readonly presidents: { name: string; affiliation: string | null; fromLine: number }[];
}

/**
 * The text offset just after a label's colon. A label broken over two lines was parsed from
 * `line.text + ' ' + next.text`: past the first line, its offsets count from the next line's start.
 */
export function labelEnd(label: Label, line: Line, next: Line | null): number {
	return next && label.length > line.text.length ? next.start + label.length - line.text.length - 1 : line.start + label.length;
}

const TOOK_CHAIR = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?([^(]{2,80}?)\s*\(([^)]{2,80})\),\s*(?:Vice-President|Vice-Chair|President|Chair)\b.{0,60}?took the Chair/;
const NEW_PRESIDENT = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?([^(]{2,80}?)\s*\(([^)]{2,80})\)\s+(?:then\s+)?took the Chair/;
const RETURNED = /^The (?:President|Chair|Chairman|Chairperson) (?:returned to|resumed|took) the Chair/;

/**
 * Segments a verbatim record. `words`, the whole text's when the caller has them, spare tokenizing
 * the vote lists again, and `states`, the state lexicon's matches in them, matching them again.
 */
export function segmentVerbatim(text: string, index: LineIndex, vocab: Vocabulary, words: Words | null = null,
	states: MatchList<StateInfo> | null = null): Segmentation {
	const reader = new ContentLines(text, index);
	const cover = parseCoverPage(coverLines(reader), vocab);
	// Read only if some label lacks an affiliation: many records have no briefers.
	let invited: InvitationReader | null = null;
	const invitedTitles = (key: string) => (invited ??= new InvitationReader(text)).get(key);
	/**
	 * The affiliation a title implies; `at`, where the title stands in the text as given (-1: nowhere
	 * known), lets its words be read from the text's (see affiliationFromTitle).
	 */
	const titleAffiliation = (title: string, at: number) => affiliationFromTitle(title, vocab, at >= 0 && text.startsWith(title, at) ? words : null, at);
	/** A person's title and where it stands: the label's own (in the label, text[start, end)), else the one invited with. */
	const personTitle = (label: Label, start: number, end: number): [string | null, number] => {
		if (label.title !== null) {
			const k = text.slice(start, end).indexOf(label.title);
			return [label.title, k >= 0 ? start + k : -1];
		}
		const key = surname(label.name!), title = invitedTitles(key);
		return title === undefined ? [null, -1] : [title, invited!.offsetOf(key)];
	};
	const turns: Turn[] = [];
	const headings: Heading[] = [];
	const votes: VoteRecord[] = [];
	const presidents: Segmentation['presidents'] = [];
	if (cover.president) presidents.push(presidentFrom(cover.president, 1));
	let acting: Officer | null = null;
	// Who presides now: the cover page's President, until another member takes the Chair.
	let presiding: Officer | null = cover.president;

	let open: { start: number; end: number; speaker: Speaker } | null = null;
	type List = 'inFavour' | 'against' | 'abstaining';
	// `seen` marks each list's states by key (see addVoters), kept for the whole vote rather than made again for each line.
	let vote: { record: { span: { start: number; end: number }; line: number } & Record<List, string[]>; list: List | null; seen: Record<List, Uint8Array> } | null = null;

	const close = () => {
		if (!open) return;
		turns.push({ start: open.start, end: open.end, speaker: open.speaker });
		open = null;
	};
	const speakerOf = (label: Label, start: number, end: number, opening: string): Speaker => {
		const base = label.kind === 'office' ? officeSpeaker(label.office!, cover, presiding, acting) : personSpeaker(label, cover, () => personTitle(label, start, end), titleAffiliation, vocab);
		// The opening starts at `end` in the text, whose words spare tokenizing the parties it names.
		const behalf = onBehalfOf(opening, base.affiliation, vocab, words, end);
		// Fields listed rather than spread: spreading these objects was a slow path, and the order stays.
		return { name: base.name, title: base.title, affiliation: base.affiliation, affiliationKind: base.affiliationKind, role: base.role, onBehalfOf: behalf, span: { start, end: end - 1 } };
	};

	// `after` is the line after `line`: a label broken over two lines ends on it.
	let line = reader.next(), after = line && reader.next();
	for (; line; line = after, after = line && reader.next()) {
		let label = parseLabel(line.text);
		let consumed = false;
		if (!label && after && looksLikeBrokenLabel(line.text)) {
			const joined = parseLabel(line.text + ' ' + after.text);
			if (joined && joined.length > line.text.length) { label = joined; consumed = true; }
		}
		if (label) {
			close();
			vote = null;
			// The speaker is who presides when the turn begins: a change in the Chair mid-turn comes after.
			const firstEnd = (consumed ? after! : line).end;
			// What follows the label in its first 700 characters may say for whom the speaker speaks.
			const end = labelEnd(label, line, consumed ? after : null);
			const opening = text.slice(end, Math.max(end, Math.min(firstEnd, line.start + 700)));
			open = { start: line.start, end: firstEnd, speaker: speakerOf(label, line.start, end, opening) };
			// The line after the label's second half comes next.
			if (consumed) { line = after; after = line && reader.next(); }
			continue;
		}
		if (vote) {
			const header = voteListHeader(line.text);
			if (header) {
				vote.list = header;
				const rest = line.text.replace(/^[A-Za-z ]+:?\s*/, '');
				// `rest` ends the line: its offsets are the line's last ones.
				if (rest) addVoters(vote.record[header], vote.seen[header], text, line.end - rest.length, line.end, vocab, words, states);
				vote.record.span = { start: vote.record.span.start, end: line.end };
				continue;
			}
			if (vote.list && classifyLine(line.text) === null) {
				addVoters(vote.record[vote.list], vote.seen[vote.list], text, line.start, line.end, vocab, words, states);
				vote.record.span = { start: vote.record.span.start, end: line.end };
				continue;
			}
		}
		const kind = classifyLine(line.text);
		if (kind === 'noise') continue;
		if (kind === 'chair') {
			// A change in the Chair is noted where it happens, often inside a speech: the turn runs on.
			const took = TOOK_CHAIR.exec(line.text);
			const replaced = took ? null : NEW_PRESIDENT.exec(line.text);
			if (took) {
				acting = { name: took[1].trim(), affiliation: resolveAffiliation(took[2].trim(), vocab).name };
				presidents.push(presidentFrom(acting, index.lineAt(line.start)));
			} else if (replaced) {
				// "Mr. Aubry (France) took the Chair.": a Council President's colleague presides from here.
				presiding = { name: replaced[1].trim(), affiliation: resolveAffiliation(replaced[2].trim(), vocab).name };
				presidents.push(presidentFrom(presiding, index.lineAt(line.start)));
			} else if (RETURNED.test(line.text)) {
				acting = null;
				presiding = cover.president;
				if (cover.president) presidents.push(presidentFrom(cover.president, index.lineAt(line.start)));
			}
			continue;
		}
		if (kind === null) {
			if (open) open.end = line.end;
			continue;
		}
		close();
		if (kind === 'vote') {
			if (!vote) {
				vote = { record: { span: { start: line.start, end: line.end }, line: index.lineAt(line.start), inFavour: [], against: [], abstaining: [] }, list: null,
					seen: { inFavour: new Uint8Array(vocab.states.length), against: new Uint8Array(vocab.states.length), abstaining: new Uint8Array(vocab.states.length) } };
				votes.push(vote.record);
			}
			const header = voteListHeader(line.text);
			if (header) vote.list = header;
			continue;
		}
		vote = null;
		if (kind === 'heading') {
			headings.push({ text: line.text, span: { start: line.start, end: line.end }, line: index.lineAt(line.start), level: /^(?:Agenda item|AGENDA ITEM)/.test(line.text) || headings.length === 0 ? 1 : 2 });
			continue;
		}
	}
	close();
	return { turns, headings, votes: votes.filter(v => v.inFavour.length + v.against.length + v.abstaining.length > 0), presidents };
}

/**
 * The cover page's lines: those before the meeting is called to order or the first label, or the
 * first 60 where neither comes. The lines read are handed out by `reader` again, for the turns.
 */
function coverLines(reader: ContentLines): string[] {
	const read: Line[] = [];
	let ended = false;
	for (let line = reader.next(); line; line = reader.next()) {
		read.push(line);
		ended = /^The meeting was (?:called to order|opened)/.test(line.text) || parseLabel(line.text) !== null;
		if (ended) break;
	}
	reader.replay(read);
	return (ended ? read.slice(0, -1) : read.slice(0, 60)).map(l => l.text);
}

function officeSpeaker(office: string, cover: CoverPage, presiding: Officer | null, acting: Officer | null): Omit<Speaker, 'onBehalfOf' | 'span'> {
	if (/Secretary-General/.test(office)) {
		const deputy = /Deputy|Under|Assistant/.test(office);
		return { name: deputy ? null : secretaryGeneralIn(cover.year), title: office, affiliation: UNITED_NATIONS.name, affiliationKind: 'organization', role: 'secretariat' };
	}
	if (/High Commissioner|Prosecutor/.test(office)) {
		return { name: null, title: office, affiliation: UNITED_NATIONS.name, affiliationKind: 'organization', role: 'briefer' };
	}
	// "The President" is whoever the cover page names; "The Acting President" whoever took the Chair.
	const officer = /Acting|Vice|Temporary/.test(office) ? acting : presiding;
	return {
		name: officer?.name ?? null,
		title: office,
		affiliation: officer?.affiliation ?? null,
		affiliationKind: officer?.affiliation ? 'state' : null,
		role: 'chair',
	};
}

const COMMITTEE_OFFICE = /\b(?:Rapporteur|Chair|Chairman|Chairperson|Vice-Chair|President|Coordinator|Facilitator)\b.*\b(?:Committee|Commission|Council|Board|Conference|Working Group|Court)\b/;

/**
 * `title` gives the person's title and where it stands in the text (the label's, else the one they
 * were invited with), asked only when the label names no affiliation; `fromTitle`, its affiliation.
 */
function personSpeaker(label: Label, cover: CoverPage, title: () => [string | null, number], fromTitle: (title: string, at: number) => Affiliation | null,
	vocab: Vocabulary): Omit<Speaker, 'onBehalfOf' | 'span'> {
	const name = label.name!;
	let affiliation: Affiliation | null = label.affiliation ? resolveAffiliation(label.affiliation, vocab) : null;
	let titled = label.title;
	let role: Role;
	if (titled && COMMITTEE_OFFICE.test(titled)) {
		affiliation = UNITED_NATIONS;
		role = 'briefer';
	} else if (!affiliation) {
		const [given, at] = title();
		titled = given;
		affiliation = given ? fromTitle(given, at) : null;
		role = 'briefer';
	} else if (affiliation.kind === 'state') {
		role = 'member';
		if (cover.president && surname(cover.president.name) === surname(name)) role = 'chair';
	} else if (affiliation.kind === 'observer') role = 'observer';
	else if (affiliation === UNITED_NATIONS) role = 'briefer';
	else role = 'observer';
	return { name, title: titled, affiliation: affiliation?.name ?? null, affiliationKind: affiliation?.kind ?? null, role };
}

/** A president from `fromLine` on, its fields listed (an object spread was the slower path). */
function presidentFrom(officer: Officer, fromLine: number): Segmentation['presidents'][number] {
	return { name: officer.name, affiliation: officer.affiliation, fromLine };
}
