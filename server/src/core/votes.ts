/**
 * How a speaker's delegation voted, read from the statement itself or from the recorded vote
 * nearest to it.
 */
import { valuesWithin } from './lineWords';
import { LiteralAnchoredPattern } from './literalScan';
import { Vote, VoteRecord } from './model';
import { MatchList } from './phrases';
import { firstStartingFrom } from './search';
import { Turn } from './verbatim';
import { Words } from './tokens';
import { StateInfo, Vocabulary } from './vocabulary';

// Tried only where "vote" or "abstain" occurs: most statements hold neither.
const VOTE_VERB = new LiteralAnchoredPattern(/\b(?:voted (in favour|against)|(abstain)(?:ed)?\b|vote (in favour|against))/, ['vote', 'abstain']);
const VOTE_SUBJECT = /\b(we|We|I|(?:[Mm]y|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur) (?:delegation|country|Government)|(?:[Tt]he )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|and)){0,6})\s+(?:(?:has|have|had|will|shall|would|therefore|also|did not|decided to)\s+)*$/;

/**
 * How the speaker's delegation voted: as the statement says ("we abstained", "Pakistan voted in
 * favour"), or as listed in the vote nearest the statement (the last one before it, or the next one
 * for statements made before the vote). Null when neither tells.
 */
export function voteOf(text: string, turn: Turn, votes: readonly VoteRecord[], vocab: Vocabulary): Vote | null {
	const aff = turn.speaker.affiliation;
	const body = text.slice(turn.start, Math.min(turn.end, turn.start + 4000));
	const scan = VOTE_VERB.scan(body);
	for (let m = scan.exec(); m; m = scan.exec()) {
		const subject = VOTE_SUBJECT.exec(body.slice(Math.max(0, m.index - 90), m.index))?.[1];
		if (!subject) continue;
		// "We", "I" or "my delegation" speak for the speaker; "India" or "Western States" do not.
		const self = /^(?:we|We|I)$|^(?:[Mm]y|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur) /.test(subject) || (aff !== null && vocab.stateByName(subject)?.name === aff);
		if (!self) continue;
		const v = m[1] ?? m[3] ?? m[2];
		return v === 'in favour' ? 'in-favour' : v === 'against' ? 'against' : 'abstaining';
	}
	if (!aff) return null;
	const near = nearestVote(votes, turn);
	if (!near) return null;
	if (near.inFavour.includes(aff)) return 'in-favour';
	if (near.against.includes(aff)) return 'against';
	if (near.abstaining.includes(aff)) return 'abstaining';
	return null;
}

// Whether each list of votes runs in order of position, as segmentation makes it: asked once per
// list, since every statement of a text is given the same list (lists are never changed once made).
const ORDERED = new WeakMap<readonly VoteRecord[], boolean>();
const SHORT_LIST = 32;

/**
 * The last vote (in list order) that begins before the turn, else the first that begins at or after
 * its end. In a list in order of position both are found by binary search: a linear search for each
 * statement grew with statements times votes (7 000 by 250 in a 20 MB text).
 */
export function nearestVote(votes: readonly VoteRecord[], turn: Turn): VoteRecord | null {
	// A short list is read through faster than the order of a list is looked up.
	let ordered = votes.length <= SHORT_LIST ? false : ORDERED.get(votes);
	if (ordered === undefined) {
		ordered = votes.every((v, k) => k === 0 || votes[k - 1].span.start <= v.span.start);
		ORDERED.set(votes, ordered);
	}
	if (!ordered) {
		let near: VoteRecord | null = null;
		for (const v of votes) if (v.span.start < turn.start) near = v;
		return near ?? votes.find(v => v.span.start >= turn.end) ?? null;
	}
	const before = firstStartingFrom(votes, turn.start) - 1;
	if (before >= 0) return votes[before];
	const after = firstStartingFrom(votes, turn.end);
	return after < votes.length ? votes[after] : null;
}

/**
 * Adds the states named in text[start, end) (a line of a vote list) to `list`, each once. `seen`
 * (as long as `vocab.states`) is 1 at the key of each state in `list`; `words` and `states` are the
 * whole text's words and the state lexicon's matches in them, or null (see valuesWithin).
 */
export function addVoters(list: string[], seen: Uint8Array, text: string, start: number, end: number, vocab: Vocabulary,
	words: Words | null, states: MatchList<StateInfo> | null): void {
	// Marks by key, not `list.includes` (a list of a hundred and more states, searched for each, was
	// quadratic) nor a set of names (hashing each name was most of this): states of one name share a key.
	for (const state of valuesWithin(vocab.stateLexicon, text, start, end, vocab.words, words, states)) {
		if (seen[state.key] === 0) { seen[state.key] = 1; list.push(state.name); }
	}
}
