/**
 * Edits of an annotation file's YAML Document by annotation id. Only the touched nodes change, so
 * comments, key order and unknown fields survive and a rewrite gives a minimal diff.
 */
import { Document, isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { Anchor, Annotation, FORMAT_VERSION } from './model';

/** What a user or the editor does to an annotation file; applied by id onto the latest Document. */
export type AnnotationOp =
	| { kind: 'add'; annotation: Annotation }
	| { kind: 'update'; id: string; patch: AnnotationPatch }
	| { kind: 'remove'; id: string };

/** Fields to change; `null` removes an optional field. */
export type AnnotationPatch = Partial<Pick<Annotation, 'themes' | 'stance' | 'note' | 'author' | 'modified'>> & { anchor?: Partial<Anchor> };

/** The outcome of one op: `applied` false says why it could not be (the file is left as it was). */
export interface OpResult {
	applied: boolean;
	reason?: string;
}

/** A fresh annotation file for `documentName` (the text's path relative to the file). */
export function newAnnotationDocument(documentName: string): Document {
	const doc = new Document({ version: FORMAT_VERSION, document: documentName, annotations: [] });
	doc.commentBefore = ' Annotations of a UN meeting text, written by Diplomatic Annotator.\n Format: schemas/annotations.schema.json. Comments and extra fields are kept.';
	return doc;
}

/**
 * How annotation files are printed: long quotes on one line, flow lists compact, and line breaks in
 * double-quoted strings kept as `\n` escapes. (The yaml package otherwise writes a double-quoted
 * string over 40 characters as folded lines, and a line break followed by a space then read back
 * as a backslash: "a\n \nb" came back as "a\n\\\nb".)
 */
export const PRINT_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER } as const;

/** Serializes with PRINT_OPTIONS, indenting sequences as `text` (the file as it was) does. */
export function serializeDocument(doc: Document, text?: string): string {
	return doc.toString({ ...PRINT_OPTIONS, indentSeq: text ? detectIndentSeq(text) : true });
}

/** Whether the file indents sequence items under their key (`key:\n  - a`) — kept as the user wrote it. */
export function detectIndentSeq(text: string): boolean {
	const match = /^annotations:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*([ \t]*)- /m.exec(text);
	return match ? match[1].length > 0 : true;
}

/** The ids in the Document, in order (non-map items are skipped). */
export function idsOf(doc: Document): string[] {
	return annotationItems(doc).map(item => String(item.get('id')));
}

/** Applies one op to the Document in place. */
export function applyOp(doc: Document, op: AnnotationOp): OpResult {
	const list = ensureList(doc);
	if (!list) return { applied: false, reason: 'The file has no editable `annotations` list.' };
	const index = list.items.findIndex(item => isMap(item) && item.get('id') === (op.kind === 'add' ? op.annotation.id : op.id));
	switch (op.kind) {
		case 'add':
			if (index >= 0) return { applied: false, reason: `An annotation with id ${op.annotation.id} already exists.` };
			list.items.push(annotationNode(doc, op.annotation));
			return { applied: true };
		case 'remove':
			if (index < 0) return { applied: false, reason: `Annotation ${op.id} is no longer in the file.` };
			list.items.splice(index, 1);
			return { applied: true };
		case 'update':
			if (index < 0) return { applied: false, reason: `Annotation ${op.id} is no longer in the file.` };
			patchNode(doc, list.items[index] as YAMLMap, op.patch);
			return { applied: true };
	}
}

function annotationItems(doc: Document): YAMLMap[] {
	const list = doc.get('annotations', true);
	return isSeq(list) ? list.items.filter(isMap) : [];
}

/** The `annotations` sequence, created (block style) when missing or an empty flow `[]`. */
function ensureList(doc: Document): YAMLSeq | null {
	if (doc.contents === null) doc.contents = doc.createNode({ version: FORMAT_VERSION, annotations: [] }) as never;
	if (!isMap(doc.contents)) return null;
	let list = doc.get('annotations', true);
	if (list === undefined || list === null || (isScalar(list) && list.value === null)) {
		list = new YAMLSeq();
		doc.set('annotations', list);
	}
	if (!isSeq(list)) return null;
	// A `[]` left by an empty file would make every new item a one-line flow map.
	if (list.flow && list.items.length === 0) list.flow = false;
	return list;
}

function annotationNode(doc: Document, a: Annotation): YAMLMap {
	const plain: Record<string, unknown> = { id: a.id, themes: a.themes };
	if (a.stance) plain.stance = a.stance;
	if (a.note) plain.note = a.note;
	if (a.author) plain.author = a.author;
	if (a.created) plain.created = a.created;
	if (a.modified) plain.modified = a.modified;
	plain.anchor = { ...a.anchor };
	const node = doc.createNode(plain) as YAMLMap;
	flowThemes(node);
	const anchor = node.get('anchor', true);
	for (const key of ['note', 'author']) quoteIfControl(node.get(key, true));
	if (isMap(anchor)) for (const key of ['quote', 'prefix', 'suffix']) quoteIfControl(anchor.get(key, true));
	return node;
}

/**
 * Line breaks and tabs in a quote, its context or a note read better as escapes than as block
 * scalars, and a double-quoted string keeps leading and trailing spaces exactly.
 */
function quoteIfControl(node: unknown): void {
	if (isScalar(node) && typeof node.value === 'string' && /[\r\n\t]|^\s|\s$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
}

function flowThemes(node: YAMLMap): void {
	const themes = node.get('themes', true);
	if (isSeq(themes)) themes.flow = true;
}

function patchNode(doc: Document, node: YAMLMap, patch: AnnotationPatch): void {
	for (const [key, value] of Object.entries(patch)) {
		if (value === undefined) continue;
		if (key === 'anchor') {
			const existing: unknown = node.get('anchor', true);
			let anchor: YAMLMap;
			if (isMap(existing)) anchor = existing;
			else { anchor = doc.createNode({}) as YAMLMap; node.set('anchor', anchor); }
			for (const [k, v] of Object.entries(value as Partial<Anchor>)) setField(doc, anchor, k, v);
		} else if (key === 'themes') {
			node.set('themes', doc.createNode(value));
			flowThemes(node);
		} else if (value === null && key !== 'stance' && key !== 'note' && key !== 'author') {
			continue;
		} else setField(doc, node, key, value);
	}
}

/** Sets a scalar field keeping its node (and so its comments and quoting) when it exists. */
function setField(doc: Document, map: YAMLMap, key: string, value: unknown): void {
	if (value === null || value === undefined) { map.delete(key); return; }
	const current = map.get(key, true);
	if (isScalar(current) && (typeof value !== 'object')) {
		current.value = value;
		if (current.type === Scalar.BLOCK_LITERAL || current.type === Scalar.BLOCK_FOLDED) current.type = undefined;
		quoteIfControl(current);
	} else {
		const node = doc.createNode(value);
		quoteIfControl(node);
		map.set(key, node);
	}
}
