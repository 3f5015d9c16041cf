/**
 * CSV export of annotations (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
 * or line break wrapped in double quotes with inner quotes doubled). One row per theme.
 */
import { Annotation } from './model';

export const CSV_COLUMNS = ['file', 'speaker', 'affiliation', 'theme', 'stance', 'note', 'quote'] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** Who spoke a quote, when the caller knows more than the anchor's speaker string. */
export type SpeakerLookup = (annotation: Annotation) => { speaker: string; affiliation: string } | undefined;

/**
 * Rows for one file's annotations. Without a lookup, a speaker written "Name (Affiliation)" in the
 * anchor is split into name and affiliation.
 */
export function annotationRows(file: string, annotations: readonly Annotation[], lookup?: SpeakerLookup): CsvRow[] {
	const rows: CsvRow[] = [];
	for (const a of annotations) {
		const who = lookup?.(a) ?? splitSpeaker(a.anchor.speaker);
		for (const theme of a.themes) {
			rows.push({ file, speaker: who.speaker, affiliation: who.affiliation, theme, stance: a.stance ?? '', note: a.note ?? '', quote: a.anchor.quote });
		}
	}
	return rows;
}

/** "Ms. Example (Ruritania)" → speaker "Ms. Example", affiliation "Ruritania". */
export function splitSpeaker(speaker: string | null): { speaker: string; affiliation: string } {
	if (!speaker) return { speaker: '', affiliation: '' };
	const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(speaker);
	return match ? { speaker: match[1], affiliation: match[2] } : { speaker, affiliation: '' };
}

/** The CSV text: a header line, then the rows, each line ended by CRLF. */
export function toCsv(rows: readonly CsvRow[]): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const row of rows) lines.push(CSV_COLUMNS.map(c => csvField(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
