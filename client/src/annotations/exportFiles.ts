/**
 * Export of the annotation files of some texts, for the command line and the editor alike: finds
 * each text's NAME.annotations.yaml beside it, reads it with all checks, and renders CSV or
 * W3C Web Annotation JSON-LD. Texts without an annotation file contribute nothing.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotationRows, toCsv } from './export-csv';
import { toWebAnnotationCollection } from './export-webanno';
import { StoreFs } from './fs';
import { Annotation, AnnotationFileError } from './model';
import { annotationFileFor } from './paths';
import { AnnotationFileStore } from './store';

export type ExportFormat = 'csv' | 'jsonld';

export interface ExportInput {
	/** The text's path on disk. */
	path: string;
	/** The name written in the `file` column (default: the path as given). */
	name?: string;
	/** Its annotation file, when not beside it (the editor's location setting). */
	annotationPath?: string;
}

/**
 * The export of the texts' annotations. Throws an AnnotationFileError naming the file when one
 * cannot be read (malformed, too large, a directory): an export never silently leaves some out.
 */
export async function exportAnnotations(texts: readonly ExportInput[], format: ExportFormat, fs?: StoreFs): Promise<string> {
	const files: { name: string; source: string; annotations: readonly Annotation[] }[] = [];
	for (const text of texts) {
		const where = text.annotationPath ? { path: text.annotationPath } : annotationFileFor(text.path, 'beside', null);
		if ('error' in where) throw new AnnotationFileError(where.error, text.path);
		const store = new AnnotationFileStore(where.path, { documentName: basename(text.path), fs });
		const state = await store.load();
		if (state.kind === 'broken') {
			const first = state.problems[0];
			throw new AnnotationFileError(first ? `${where.path}:${first.line}:${first.column}: ${first.message}` : state.message, where.path, state.problems);
		}
		files.push({ name: text.name ?? text.path, source: pathToFileURL(text.path).href, annotations: store.annotations });
	}
	if (format === 'csv') return toCsv(files.flatMap(f => annotationRows(f.name, f.annotations)));
	return JSON.stringify(toWebAnnotationCollection('Diplomatic Annotator export', files), null, 2) + '\n';
}
