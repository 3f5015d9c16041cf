/**
 * Lines of a verbatim record that belong to no speaker: procedural notes ("It was so decided."),
 * vote blocks, headings, and page furniture left by PDF or OCR conversion.
 */
import { isWhiteSpace } from './whiteSpace';

export type LineKind =
	/** A change in the Chair ("Mr. Abebe (Ethiopia), Vice-President, took the Chair."): no one's words. */
	| 'chair'
	/** Ends the current turn and belongs to no one ("The meeting rose at 6 p.m."). */
	| 'procedure'
	/** Opens a vote block ("A recorded vote was taken."). */
	| 'vote'
	/** A heading: an agenda item, a procedural section. Ends the current turn. */
	| 'heading'
	/** Page furniture (running heads, document symbols, page numbers): ignored, turns run through it. */
	| 'noise';

const PROCEDURE = new RegExp([
	String.raw`^The meeting (?:was (?:called to order|suspended|resumed|adjourned|closed)|rose|resumed|was called)`,
	String.raw`^It was so decided`,
	String.raw`^The agenda was adopted`,
	String.raw`^(?:The )?(?:[Dd]raft |[Pp]roposed |[Oo]ral |[Rr]evised )*(?:[Rr]esolution|[Dd]ecision|[Aa]mendment|[Aa]mendments|[Mm]otion|[Pp]roposal|[Rr]ecommendation|[Rr]eport)s?\b.{0,120}?\b(?:was|were) (?:adopted|rejected|not adopted|approved|withdrawn)`,
	String.raw`^(?:Adoption of the agenda|Organization of work|Expression of (?:thanks|welcome|sympathy)|Tribute to)\b`,
	String.raw`^The (?:Council|Assembly|Committee) (?:observed|stood|rose) (?:a minute|in)`,
	String.raw`^(?:The members of the (?:Council|General Assembly)|Members of the General Assembly) (?:observed|stood)`,
	String.raw`^(?:At the invitation of the President|In accordance with the decision taken at)`,
	String.raw`^(?:The )?[Vv]ote was taken`,
	String.raw`^(?:Programme of work|Other matters|Closing of the (?:meeting|session))\s*$`,
].join('|'));

const CHAIR = /^(?:[A-Z].{0,150}?\btook the Chair|The (?:President|Chair|Chairman|Chairperson) (?:returned to|resumed|took) the Chair)\.?$/;

// `\s*(?::\s*)?$`, not `\s*:?\s*$`: two `\s*` side by side try every split of a long run of spaces.
const VOTE = /^(?:A (?:recorded |separate |roll-call )?vote was (?:taken|requested)|A vote was taken by show of hands|In favour\s*(?::\s*)?$|Against\s*(?::\s*)?$|Abstaining\s*(?::\s*)?$|Abstentions\s*(?::\s*)?$)/;

const HEADING = new RegExp([
	String.raw`^Agenda items?\s+\d`,
	String.raw`^AGENDA ITEMS?\s+\d`,
	String.raw`^(?:The situation (?:in|concerning|between|with regard to|relating to)|The question of|Letter dated|Identical letters dated|Threats to international peace and security|Maintenance of international peace and security|Non-proliferation|Reports? of the|Report of|Briefings? by|Election of|Appointment of|Cooperation between|Protection of civilians|Women and peace and security|Children and armed conflict|United Nations peacekeeping operations|Peace and security in|Peace consolidation|Promotion and protection of|Implementation of|Follow-up to|Commemoration of|Admission of new Members|Draft resolution \(|Statement by the President)\b`,
].join('|'));

const NOISE = new RegExp([
	String.raw`^(?:S|A)/(?:PV|\d+/PV)[.\d/ ]*[\d\s]*$`,
	String.raw`^[A-Z]/\d{1,2}/PV\.\d+\b.{0,40}$`,
	String.raw`^S/PV\.\d+\b.{0,40}$`,
	String.raw`^\d{2}-\d{5}\b.{0,30}$`,
	String.raw`^\d{1,3}\s*/\s*\d{1,3}\s*\d{2}-\d{5}`,
	String.raw`^\d{1,2}/\d{1,2}/\d{4}\b.{0,40}$`,
	String.raw`^\d{1,4}\s*$`,
	String.raw`^(?:ENGLISH|English|Distr\.|GENERAL|Original:|Official Records|Provisional)\b.{0,40}$`,
	String.raw`^(?:This record (?:is subject to|contains)|Corrections (?:should|will) be|Room [A-Z]-?\d|Official Records\b|Security Council\s*$|General Assembly\s*$)`,
	String.raw`^\.\s*$`,
].join('|'));

/** Classifies one line (already trimmed), or returns null for ordinary text. */
export function classifyLine(line: string): LineKind | null {
	if (line.length === 0) return null;
	const first = line.charCodeAt(0);
	// Only PROCEDURE has forms that open in lower case ("draft resolution … was adopted"); every other
	// pattern, and a heading in capitals, needs a capital, digit or full stop first. Lines of wrapped
	// speech mostly open in lower case, so this spares them four patterns.
	if (first >= 97 && first <= 122) return line.length < 300 && PROCEDURE.test(line) ? 'procedure' : null;
	if (line.length < 90 && NOISE.test(line)) return 'noise';
	if ((first === 65 || first === 73) && VOTE.test(line)) return 'vote'; // "A … vote", "Against", "Abstaining", "In favour"
	// Both forms of CHAIR contain "the Chair": a literal search rejects the rest faster than the pattern.
	if (line.length < 200 && hasTheChair(line) && CHAIR.test(line)) return 'chair';
	if (line.length < 300 && PROCEDURE.test(line)) return 'procedure';
	if (line.length < 400 && looksLikeHeading(line)) return 'heading';
	return null;
}

/**
 * `line.includes('the Chair')`, searching for "Chair" and looking back: V8 searches a string of
 * more than six code units by a slower method than its scan for a rare first one.
 */
export function hasTheChair(line: string): boolean {
	for (let k = line.indexOf('Chair', 4); k >= 0; k = line.indexOf('Chair', k + 1)) {
		if (line.startsWith('the ', k - 4)) return true;
	}
	return false;
}

function looksLikeHeading(line: string): boolean {
	if (endsAsSentence(line) && !/^Agenda item|^AGENDA ITEM/.test(line)) return false;
	if (HEADING.test(line)) return true;
	// Old records print headings in capitals: "REPORT OF THE INTERNATIONAL ATOMIC ENERGY AGENCY".
	return inCapitals(line);
}

/** True when the line ends with [.:;,], perhaps followed by a closing quote or bracket ["”’)]. */
function endsAsSentence(line: string): boolean {
	let i = line.length - 1;
	const last = line.charCodeAt(i);
	if (last === 34 || last === 0x201d || last === 0x2019 || last === 41) i--;
	const c = line.charCodeAt(i);
	return c === 46 || c === 58 || c === 59 || c === 44;
}

/**
 * At least 12 ASCII letters, none in lower case, and more than one word (the line holds white
 * space). Stops at the first lower-case letter, which most lines have within a few characters.
 */
function inCapitals(line: string): boolean {
	let capitals = 0, space = false;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c >= 97 && c <= 122) return false;
		if (c >= 65 && c <= 90) capitals++;
		else if (!space && isWhiteSpace(c)) space = true;
	}
	return capitals >= 12 && space;
}

/** The member lists of a vote block: `In favour:` / `Against:` / `Abstaining:` followed by names. */
export function voteListHeader(line: string): 'inFavour' | 'against' | 'abstaining' | null {
	if (/^In favour\s*:?/.test(line)) return 'inFavour';
	if (/^Against\s*:?/.test(line)) return 'against';
	if (/^(?:Abstaining|Abstentions?)\s*:?/.test(line)) return 'abstaining';
	return null;
}
