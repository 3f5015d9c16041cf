/**
 * User annotations pushed by the client (AnnotationsNotification), per document. The client owns
 * the YAML; the server only reads what it is sent, to show tags in tokens, hovers and positions.
 */
import { AnnotationsForDocument, LspRange } from '../protocol';
import { Analysis, STANCES, Statement } from '../core/model';
import { LineIndex } from '../core/lines';
import { lastStartingBy } from '../core/search';
import { offsetOf } from './ranges';

export type Annotation = AnnotationsForDocument['annotations'][number];

/** The latest annotations per document uri, with a revision that changes on every update. */
export class AnnotationStore {
	private readonly byUri = new Map<string, { revision: number; data: AnnotationsForDocument }>();
	private counter = 0;

	/** Replaces the annotations of one document; a payload without a uri is ignored. */
	set(payload: unknown): void {
		const data = sanitize(payload);
		if (data) this.byUri.set(data.uri, { revision: ++this.counter, data });
	}

	/** The annotations of a document; undefined when the client sent none. */
	get(uri: string): AnnotationsForDocument | undefined {
		return this.byUri.get(uri)?.data;
	}

	/** A number that changes whenever the document's annotations change (0 when there are none). */
	revision(uri: string): number {
		return this.byUri.get(uri)?.revision ?? 0;
	}

	delete(uri: string): void {
		this.byUri.delete(uri);
	}
}

/**
 * The well-formed part of a notification: entries with a wrong shape are dropped rather than let
 * through to break every later request on the document. Undefined when there is no uri.
 */
export function sanitize(payload: unknown): AnnotationsForDocument | undefined {
	const p = record(payload);
	if (typeof p.uri !== 'string') return undefined;
	const annotations: Annotation[] = [];
	for (const raw of Array.isArray(p.annotations) ? p.annotations : []) {
		const a = record(raw);
		if (typeof a.id !== 'string') continue;
		annotations.push({
			id: a.id,
			themes: Array.isArray(a.themes) ? a.themes.filter((t): t is string => typeof t === 'string') : [],
			stance: typeof a.stance === 'string' && (STANCES as readonly string[]).includes(a.stance) ? a.stance as Annotation['stance'] : null,
			note: typeof a.note === 'string' ? a.note : null,
			range: isRange(a.range) ? a.range : null,
		});
	}
	const userThemes = (Array.isArray(p.userThemes) ? p.userThemes : []).map(record)
		.filter(t => typeof t.id === 'string' && typeof t.label === 'string')
		.map(t => ({ id: t.id as string, label: t.label as string }));
	return { uri: p.uri, annotations, userThemes };
}

function record(v: unknown): Record<string, unknown> {
	return typeof v === 'object' && v !== null ? v as Record<string, unknown> : {};
}

function isRange(v: unknown): v is LspRange {
	const r = record(v);
	const pos = (x: unknown) => { const q = record(x); return Number.isInteger(q.line) && Number.isInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0; };
	return pos(r.start) && pos(r.end);
}

/**
 * Annotations per statement index: an annotation belongs to the statement holding the start of its
 * anchor. Orphans (no range) and anchors outside every statement are left out.
 */
export function annotationsByStatement(analysis: Analysis, lines: LineIndex, data: AnnotationsForDocument | undefined): Map<number, Annotation[]> {
	const map = new Map<number, Annotation[]>();
	if (!data) return map;
	for (const a of data.annotations) {
		if (!a.range) continue;
		const s = statementAtOffset(analysis.statements, offsetOf(lines, a.range.start));
		if (!s) continue;
		const list = map.get(s.index);
		if (list) list.push(a); else map.set(s.index, [a]);
	}
	return map;
}

/** The statement whose span holds `offset`, by binary search (statements are in text order). */
export function statementAtOffset(statements: readonly Statement[], offset: number): Statement | undefined {
	const found = lastStartingBy(statements, offset);
	if (found < 0) return undefined;
	const s = statements[found];
	return offset <= s.span.end ? s : undefined;
}
