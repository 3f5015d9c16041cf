/**
 * Which kind of text this is: a verbatim record (turns opened by speaker labels), a Meetings
 * Coverage release (third-person reports), other United Nations text, or not a UN text at all.
 */
import { Genre } from './model';
import { parseLabel } from './labels';

const UN_MARKERS = /\b(?:United Nations|Security Council|General Assembly|Secretary-General|Member States|Economic and Social Council|resolution \d{2,4}|delegation)\b/g;
const COVERAGE_MARKERS = /\b(?:[Tt]he representative of|representative said|For information media|Meetings Coverage|told the (?:Council|Assembly|Security Council|General Assembly)|Also speaking (?:were|was))\b|['’]s representative\b|\b[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)+ \([A-Z][^)]{2,40}\),? said\b/g;

export interface GenreGuess {
	readonly genre: Genre;
	/** True when the text mentions United Nations bodies often enough to be a UN text. */
	readonly unText: boolean;
}

/** Guesses the genre from the first 200 kB: enough for any cover page and many turns. */
export function detectGenre(text: string): GenreGuess {
	const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
	const unMarkers = count(UN_MARKERS, sample);
	let labels = 0;
	let start = 0;
	while (start < sample.length && labels < 3) {
		let end = sample.indexOf('\n', start);
		if (end < 0) end = sample.length;
		const c = sample.charCodeAt(start);
		if (c === 77 || c === 84 || (c >= 65 && c <= 90)) {
			if (parseLabel(sample.slice(start, Math.min(end, start + 400)))) labels++;
		}
		start = end + 1;
	}
	const coverage = count(COVERAGE_MARKERS, sample);
	const unText = unMarkers >= 2 || labels >= 2 || coverage >= 2;
	if (labels >= 2 || labels >= 1 && unMarkers >= 1) return { genre: 'verbatim-record', unText: true };
	if (coverage >= 2 && unText) return { genre: 'meeting-coverage', unText };
	return { genre: 'other', unText };
}

function count(re: RegExp, text: string): number {
	re.lastIndex = 0;
	let n = 0;
	while (re.exec(text) && n < 50) n++;
	return n;
}
