/**
 * Reading an annotation file: YAML syntax, alias bombs, size, schema, version and duplicate ids.
 * A file with any error is reported and never written over; the parsed Document is kept so that
 * writes preserve comments, order and unknown fields.
 */
import { Document, isMap, isSeq, LineCounter, parseDocument, YAMLError } from 'yaml';
import { Annotation, FileProblem, FORMAT_VERSION, MAX_ALIAS_COUNT, MAX_FILE_BYTES, problemAtStart, StanceId } from './model';
import { rangeOfPath, validateAgainstSchema } from './validate';

/** Where an annotation's entry stands in the file (1-based), for diagnostics about it. */
export type Place = Pick<FileProblem, 'line' | 'column' | 'endLine' | 'endColumn'>;

export type ParseResult =
	| { ok: true; doc: Document; annotations: Annotation[]; problems: FileProblem[]; places: Map<string, Place> }
	| { ok: false; problems: FileProblem[] };

/** Problems of a YAML parse (errors and warnings) with their 1-based places. */
export function yamlProblems(errors: readonly YAMLError[], severity: FileProblem['severity']): FileProblem[] {
	return errors.map(error => {
		const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
		const firstLine = error.message.split('\n')[0];
		return { severity, message: firstLine, line: start.line, column: start.col, endLine: (end ?? start).line, endColumn: (end ?? start).col };
	});
}

/** Parses YAML text into a Document with limits; returns the problems when it cannot be read. */
export function parseYamlSafely(text: string): { doc: Document; lines: LineCounter; data: unknown; problems: FileProblem[] } {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
	const problems = [...yamlProblems(doc.errors, 'error'), ...yamlProblems(doc.warnings, 'warning')];
	let data: unknown = null;
	if (doc.errors.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
		} catch (error) {
			// yaml throws a ReferenceError for excessive aliases (an alias bomb).
			problems.push(problemAtStart(`The file cannot be read: ${(error as Error).message}`));
		}
	}
	return { doc, lines, data, problems };
}

/**
 * Parses and checks an annotation file's text. `ok` is false when the file has any error; then it
 * must not be written over. An empty file reads as an empty annotation list.
 */
export function parseAnnotationFile(text: string): ParseResult {
	if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
		return { ok: false, problems: [problemAtStart(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; it is not read.`)] };
	}
	const { doc, lines, data, problems } = parseYamlSafely(text);
	if (problems.some(p => p.severity === 'error')) return { ok: false, problems };
	if (data === null || data === undefined) return { ok: true, doc, annotations: [], problems, places: new Map() };

	const version = (data as { version?: unknown }).version;
	if (typeof version === 'number' && version !== FORMAT_VERSION) {
		return { ok: false, problems: [{ severity: 'error', message: `Unsupported annotation file version ${version}: this extension reads version ${FORMAT_VERSION} and will not rewrite the file.`, ...rangeOfPath(doc, lines, ['version']) }] };
	}
	const schemaProblems = validateAgainstSchema('annotations', data, doc, lines);
	if (schemaProblems.length) return { ok: false, problems: [...problems, ...schemaProblems] };

	const raw = (data as { annotations: RawAnnotation[] | null }).annotations ?? [];
	const seen = new Map<string, number>();
	raw.forEach((item, i) => {
		const first = seen.get(item.id);
		if (first !== undefined) {
			problems.push({ severity: 'error', annotationId: item.id, message: `Duplicate annotation id "${item.id}" (also annotations[${first}]).`, ...rangeOfPath(doc, lines, ['annotations', i, 'id']) });
		} else seen.set(item.id, i);
		if (item.anchor.end < item.anchor.start) {
			problems.push({ severity: 'error', annotationId: item.id, message: `annotations[${i}].anchor.end is before its start.`, ...rangeOfPath(doc, lines, ['annotations', i, 'anchor', 'end']) });
		}
	});
	if (problems.some(p => p.severity === 'error')) return { ok: false, problems };
	const places = new Map(raw.map((item, i) => [item.id, rangeOfPath(doc, lines, ['annotations', i, 'id'])] as const));
	return { ok: true, doc, annotations: raw.map(toAnnotation), problems, places };
}

interface RawAnnotation {
	id: string; themes: string[]; stance?: StanceId | null; note?: string | null; author?: string | null;
	created?: string; modified?: string;
	anchor: { quote: string; prefix?: string; suffix?: string; start: number; end: number; speaker?: string | null };
}

function toAnnotation(raw: RawAnnotation): Annotation {
	return {
		id: raw.id, themes: [...raw.themes], stance: raw.stance ?? null, note: raw.note ?? null,
		author: raw.author ?? null, created: raw.created ?? null, modified: raw.modified ?? null,
		anchor: {
			quote: raw.anchor.quote, prefix: raw.anchor.prefix ?? '', suffix: raw.anchor.suffix ?? '',
			start: raw.anchor.start, end: raw.anchor.end, speaker: raw.anchor.speaker ?? null,
		},
	};
}

/** True when the document's `annotations` is a sequence we can edit (or absent). */
export function hasEditableList(doc: Document): boolean {
	if (!isMap(doc.contents)) return doc.contents === null;
	const list = doc.get('annotations', true);
	return list === undefined || list === null || isSeq(list);
}
