/**
 * The annotation data the store reads and writes (see schemas/annotations.schema.json). Plain data,
 * no editor types: the CLI and the unit tests use these modules without VS Code.
 */
import type { StanceId } from '../../../server/src/protocol';

export type { StanceId };

export const STANCE_IDS: readonly StanceId[] = ['supports', 'opposes', 'concerned', 'calls-for', 'condemns', 'welcomes'];

/** The format version this code reads and writes. */
export const FORMAT_VERSION = 1;

/** Refuse annotation files larger than this (bytes): a hand-edited file never comes near it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** YAML aliases allowed when converting a file to data (guards against alias bombs). */
export const MAX_ALIAS_COUNT = 100;

/** Where an annotation stands in its text. Offsets are UTF-16 code units; `end` is exclusive. */
export interface Anchor {
	quote: string;
	prefix: string;
	suffix: string;
	start: number;
	end: number;
	speaker: string | null;
}

export interface Annotation {
	id: string;
	themes: string[];
	stance: StanceId | null;
	note: string | null;
	author: string | null;
	created: string | null;
	modified: string | null;
	anchor: Anchor;
}

/**
 * A problem found in an annotation file. `line` and `column` are 1-based, as YAML reports them;
 * editors subtract one.
 */
export interface FileProblem {
	severity: 'error' | 'warning';
	message: string;
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
	/** The annotation the problem concerns, when there is one. */
	annotationId?: string;
}

/** Thrown when the store refuses to read or write a file; `problems` say why, with places. */
export class AnnotationFileError extends Error {
	constructor(message: string, readonly path: string, readonly problems: readonly FileProblem[] = []) {
		super(message);
		this.name = 'AnnotationFileError';
	}
}

/** A new stable id: "a-" and random base36, unique enough within one file (checked on add). */
export function newAnnotationId(random: () => number = Math.random): string {
	let id = 'a-';
	for (let i = 0; i < 10; i++) id += Math.floor(random() * 36).toString(36);
	return id;
}

/** A problem with no better place than the start of the file. */
export function problemAtStart(message: string, severity: FileProblem['severity'] = 'error'): FileProblem {
	return { severity, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
