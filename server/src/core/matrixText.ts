/**
 * Two small readings of a meeting text that the positions matrix needs and the Analysis does not
 * carry: the meeting's date (to order several texts in time) and the sentence around a cue (to
 * show what lies behind a cell). Pure string functions.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_MONTH_YEAR = /\b([0-3]?\d)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/i;
const MONTH_DAY_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+([0-3]?\d),\s*((?:19|20)\d\d)\b/i;
/** Cover pages and release headers print the date near the top; later dates are usually citations. */
const HEAD_CHARS = 4000;

/**
 * The meeting's date as `YYYY-MM-DD`, read from the first date printed near the top of the text
 * ("Thursday, 24 April 2025", "9 December 1994", "April 24, 2025"); null when there is none.
 */
export function meetingDate(text: string): string | null {
	const head = text.slice(0, HEAD_CHARS);
	const a = DAY_MONTH_YEAR.exec(head);
	const b = MONTH_DAY_YEAR.exec(head);
	let day: string, month: string, year: string;
	if (a && (!b || a.index <= b.index)) [, day, month, year] = a;
	else if (b) [, month, day, year] = b;
	else return null;
	const d = Number(day);
	if (d < 1 || d > 31) return null;
	return `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Sentence ends: . ! ? (optionally closed by a quote or bracket) before white space, or a blank line. */
const SENTENCE_END = /[.!?][’”"')\]]?(?=\s)|\n\s*\n/g;

/** Words whose full stop ends no sentence: titles before names, initials, "No. 5", "e.g.". */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Ms|Mrs|Mmes|Messrs|Dr|Prof|St|No|Nos|Art|art|para|paras|vol|p|pp|e\.g|i\.e|etc|vs|[A-Z])$/;

/**
 * The sentence of `text` that holds `offset`, trimmed and with inner line breaks folded to spaces,
 * cut to `max` characters; searched only between `from` and `to` (the statement), so that a
 * sentence never runs into the next speaker's turn.
 */
export function sentenceAround(text: string, offset: number, from = 0, to = text.length, max = 300): string {
	let start = from;
	let end = to;
	SENTENCE_END.lastIndex = from;
	for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
		const after = m.index + m[0].length;
		if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(from, m.index - 8), m.index))) continue;
		if (after <= offset) start = after;
		else { end = Math.min(to, after); break; }
	}
	const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
	return sentence.length > max ? sentence.slice(0, max - 1).trimEnd() + '…' : sentence;
}
