/**
 * Following annotations through edits in the editor, as plain functions the editor adapter calls:
 * move each attached span with the content changes (a span whose text is gone becomes an orphan
 * until its quote is found again), and, when the text is saved, the anchor updates that make the
 * file describe the saved text. Orphans are never rewritten: they keep the anchor they had.
 */
import { attachAll, Attached, makeAnchor, moveSpan, TextChange } from './anchor';
import { AnnotationOp } from './edit';
import { Anchor } from './model';

/** The attached annotations after `changes`; `lost` is true when some span's text disappeared. */
export function moveAttached<A extends { anchor: Anchor }>(attached: readonly Attached<A>[], changes: readonly TextChange[]): { attached: Attached<A>[]; lost: boolean } {
	let lost = false;
	const moved = attached.map((a): Attached<A> => {
		const r = a.resolution;
		if (r.status === 'orphan') return a;
		const span = moveSpan(r, changes);
		if (span && span.end > span.start) return { annotation: a.annotation, resolution: { ...r, ...span } };
		lost = true;
		return { annotation: a.annotation, resolution: { status: 'orphan', reason: 'Its text was deleted or replaced.' } };
	});
	return { attached: moved, lost };
}

/** Update ops that re-anchor every attached annotation whose stored anchor no longer fits `text`. */
export function anchorUpdates<A extends { id: string; anchor: Anchor }>(text: string, attached: readonly Attached<A>[]): AnnotationOp[] {
	const ops: AnnotationOp[] = [];
	for (const { annotation, resolution } of attached) {
		if (resolution.status === 'orphan') continue;
		const a = annotation.anchor;
		const fresh = makeAnchor(text, resolution.start, resolution.end, a.speaker);
		if (fresh.start === a.start && fresh.end === a.end && fresh.quote === a.quote && fresh.prefix === a.prefix && fresh.suffix === a.suffix) continue;
		ops.push({ kind: 'update', id: annotation.id, patch: { anchor: fresh } });
	}
	return ops;
}

/**
 * Attaches a fresh list of annotations (after a load or a write) to `text`, keeping the tracked
 * place of every annotation whose anchor is unchanged: the editor may hold unsaved edits that the
 * stored anchors do not know about yet. New or changed anchors are resolved afresh.
 */
export function reattachKeeping<A extends { id: string; anchor: Anchor }>(text: string, annotations: readonly A[], previous: readonly Attached<A>[]): Attached<A>[] {
	const before = new Map(previous.map(a => [a.annotation.id, a]));
	return annotations.map(annotation => {
		const old = before.get(annotation.id);
		if (old && sameAnchor(old.annotation.anchor, annotation.anchor)) return { annotation, resolution: old.resolution };
		return attachAll(text, [annotation])[0];
	});
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
	return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}
