/**
 * The positions matrix request (MatrixRequest): gathers each text (the editor's copy when open,
 * else read from disk as the workspace index does), with the user's tags, and builds the core's
 * matrix model. Files are read one at a time, yielding between them, so that a folder of texts
 * never blocks other requests.
 */
import { fileURLToPath } from 'node:url';
import { CancellationToken } from 'vscode-languageserver/node';
import { analyze } from '../core/analyze';
import { LineIndex } from '../core/lines';
import { buildMatrix, MatrixSource, UserTag } from '../core/matrix';
import { meetingDate } from '../core/matrixText';
import { readTextFile } from '../node/readText';
import { AnnotationsForDocument, MatrixParams, MatrixResult } from '../protocol';
import { ServerContext } from './context';

/** At most this many texts per request: a matrix wider than this is no longer readable. */
export const MAX_MATRIX_FILES = 400;

/** The matrix of the requested texts; texts that cannot be read or are no meeting texts are listed as skipped. */
export async function matrix(ctx: ServerContext, params: MatrixParams, token: CancellationToken): Promise<MatrixResult> {
	const { maxFileSizeMB } = (await ctx.settings.get()).workspaceIndex;
	const sources: MatrixSource[] = [];
	const skipped: MatrixResult['skipped'] = [];
	const userThemes = new Map((params.userThemes ?? []).map(t => [t.id, t.label]));
	const uris = [...new Set(params.uris)];
	for (const uri of uris.slice(MAX_MATRIX_FILES)) skipped.push({ uri, reason: `more than ${MAX_MATRIX_FILES} texts` });
	for (const uri of uris.slice(0, MAX_MATRIX_FILES)) {
		if (token.isCancellationRequested) break;
		const pushed = ctx.annotations.get(uri);
		for (const t of pushed?.userThemes ?? []) if (!userThemes.has(t.id)) userThemes.set(t.id, t.label);
		const open = ctx.documents.get(uri);
		let text: string;
		let analysis;
		if (open) {
			({ text, analysis } = open);
		} else if (uri.startsWith('file:')) {
			try {
				text = readTextFile(fileURLToPath(uri), maxFileSizeMB * 1024 * 1024).text;
			} catch (e) {
				skipped.push({ uri, reason: e instanceof Error ? e.message : String(e) });
				continue;
			}
			analysis = analyze(text);
			// A folder may hold many texts: let other requests in between them.
			await new Promise(resolve => setImmediate(resolve));
		} else {
			skipped.push({ uri, reason: 'not open and not a file' });
			continue;
		}
		if (analysis.genre === 'other') { skipped.push({ uri, reason: 'not a UN meeting text' }); continue; }
		const annotations = pushed?.annotations ?? params.annotations?.[uri] ?? [];
		sources.push({ file: uri, text, analysis, date: meetingDate(text), annotations: userTags(text, open?.lines, annotations) });
	}
	return { model: buildMatrix(sources, { userThemes: [...userThemes].map(([id, label]) => ({ id, label })) }), skipped };
}

/** User annotations as the matrix takes them: the offset where each anchor starts (orphans left out). */
function userTags(text: string, lines: LineIndex | undefined, annotations: Pick<AnnotationsForDocument['annotations'][number], 'themes' | 'stance' | 'range'>[]): UserTag[] {
	if (!annotations.length) return [];
	const index = lines ?? new LineIndex(text);
	return annotations.flatMap(a => a.range ? [{ start: index.offsetAt(a.range.start.line, a.range.start.character), themes: a.themes, stance: a.stance }] : []);
}
