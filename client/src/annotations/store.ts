/**
 * One annotation file on disk: reads it with all checks, and applies edits by id onto the latest
 * version of the file, atomically (temporary file in the same folder, then rename), one write at a
 * time per file. A file that changed on disk since it was read is re-read and the edit merged into
 * it; a file with errors is never written over.
 */
import { basename, dirname, join } from 'node:path';
import type { Document } from 'yaml';
import { AnnotationOp, applyOp, newAnnotationDocument, OpResult, serializeDocument } from './edit';
import { itemRegions, renderEdited } from './render';
import { nodeStoreFs, StoreFs } from './fs';
import { Annotation, AnnotationFileError, FileProblem, MAX_FILE_BYTES } from './model';
import { parseAnnotationFile, ParseResult, Place } from './parse';
import { serialized } from './queue';

export type StoreState =
	| { kind: 'absent' }
	| { kind: 'loaded'; annotations: Annotation[]; problems: FileProblem[]; places: Map<string, Place> }
	| { kind: 'broken'; message: string; problems: FileProblem[] };

export interface StoreOptions {
	fs?: StoreFs;
	/** The text's path relative to the annotation file, written into a new file's `document`. */
	documentName: string;
	/** How often a write is retried when the file changes under it. */
	retries?: number;
	random?: () => number;
}

export interface ApplyOutcome {
	results: OpResult[];
	/** True when the file had changed on disk and the edits were merged into the new version. */
	merged: boolean;
	written: boolean;
}

export class AnnotationFileStore {
	private readonly fs: StoreFs;
	/** The file's text when last read or written here; null when it did not exist. */
	private lastText: string | null | undefined;
	private current: StoreState = { kind: 'absent' };

	constructor(readonly path: string, private readonly options: StoreOptions) {
		this.fs = options.fs ?? nodeStoreFs;
	}

	/** The state after the last load or write. */
	get state(): StoreState {
		return this.current;
	}

	/** The annotations after the last load or write (empty for an absent or broken file). */
	get annotations(): readonly Annotation[] {
		return this.current.kind === 'loaded' ? this.current.annotations : [];
	}

	/** Reads the file again. Never throws for a bad file: a broken state carries the problems. */
	load(): Promise<StoreState> {
		return serialized(this.path, async () => {
			try {
				const text = await this.readCurrent();
				// Our own write, seen again by a file watcher: nothing to parse.
				if (text === this.lastText && this.current.kind !== 'broken') return this.current;
				this.settle(text);
			} catch (error) {
				this.current = brokenState(error);
			}
			return this.current;
		});
	}

	/**
	 * Applies ops by id onto the file as it is on disk now and writes it atomically. Throws an
	 * AnnotationFileError (and writes nothing) when the file is broken, too big, not a file, or
	 * keeps changing; op results say which edits could not apply (e.g. an id removed meanwhile).
	 */
	apply(ops: readonly AnnotationOp[]): Promise<ApplyOutcome> {
		return serialized(this.path, async () => {
			const attempts = (this.options.retries ?? 3) + 1;
			for (let attempt = 0; attempt < attempts; attempt++) {
				const text = await this.readCurrent();
				const merged = this.lastText !== undefined && text !== this.lastText;
				const doc = this.documentFor(text);
				const existing = text && text.trim() ? text : null;
				const regions = existing ? itemRegions(existing, doc) : null;
				const results = ops.map(op => applyOp(doc, op));
				if (!results.some(r => r.applied)) {
					this.settle(text);
					return { results, merged, written: false };
				}
				const out = existing ? renderEdited(existing, doc, ops, results, regions) : { text: serializeDocument(doc), parsed: null };
				const parsed = out.parsed ?? parseAnnotationFile(out.text);
				if (!parsed.ok) throw new AnnotationFileError(`Refusing to write an invalid annotation file: ${parsed.problems[0]?.message}`, this.path, parsed.problems);
				if (await this.replaceIfUnchanged(text, out.text)) {
					this.settle(out.text, parsed);
					return { results, merged, written: true };
				}
			}
			throw new AnnotationFileError(`${this.path} keeps changing on disk; the change was not written. Try again.`, this.path);
		});
	}

	private documentFor(text: string | null): Document {
		if (text === null || text.trim() === '') return newAnnotationDocument(this.options.documentName);
		const parsed = parseAnnotationFile(text);
		if (!parsed.ok) {
			this.current = { kind: 'broken', message: `${this.path} has errors; it is left untouched until they are fixed.`, problems: parsed.problems };
			throw new AnnotationFileError(this.current.message, this.path, parsed.problems);
		}
		return parsed.doc;
	}

	/** Writes `out` to a temporary file, then renames it over the file if that is still `expected`. */
	private async replaceIfUnchanged(expected: string | null, out: string): Promise<boolean> {
		const random = this.options.random ?? Math.random;
		const temp = join(dirname(this.path), `.${basename(this.path)}.${Math.floor(random() * 36 ** 8).toString(36)}.tmp`);
		await this.fs.writeNewFile(temp, out);
		let renamed = false;
		try {
			// Last look before replacing: an outside write since our read means merge again.
			if ((await this.readCurrent()) !== expected) return false;
			await this.fs.rename(temp, this.path);
			renamed = true;
			return true;
		} finally {
			if (!renamed) await this.fs.unlink(temp).catch(() => undefined);
		}
	}

	/** The file's text, or null when it does not exist; throws for what cannot be an annotation file. */
	private async readCurrent(): Promise<string | null> {
		let info;
		try {
			info = await this.fs.stat(this.path);
		} catch (error) {
			throw new AnnotationFileError(`Cannot read ${this.path}: ${(error as Error).message}`, this.path);
		}
		if (!info) return null;
		if (info.isDirectory) throw new AnnotationFileError(`${this.path} is a directory, not an annotation file.`, this.path);
		if (!info.isFile) throw new AnnotationFileError(`${this.path} is not a regular file.`, this.path);
		if (info.size > MAX_FILE_BYTES) throw new AnnotationFileError(`${this.path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; it is not read.`, this.path);
		try {
			return await this.fs.readFile(this.path);
		} catch (error) {
			throw new AnnotationFileError(`Cannot read ${this.path}: ${(error as Error).message}`, this.path);
		}
	}

	private settle(text: string | null, known?: ParseResult): void {
		this.lastText = text;
		if (text === null) { this.current = { kind: 'absent' }; return; }
		const parsed = known ?? parseAnnotationFile(text);
		this.current = parsed.ok
			? { kind: 'loaded', annotations: parsed.annotations, problems: parsed.problems, places: parsed.places }
			: { kind: 'broken', message: `${this.path} has errors; it is left untouched until they are fixed.`, problems: parsed.problems };
	}
}

function brokenState(error: unknown): StoreState {
	if (error instanceof AnnotationFileError) return { kind: 'broken', message: error.message, problems: [...error.problems] };
	return { kind: 'broken', message: String((error as Error)?.message ?? error), problems: [] };
}
