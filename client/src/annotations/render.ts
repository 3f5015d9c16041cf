/**
 * Writes edits back as text splices: only the lines of the annotations that were added, changed or
 * removed differ from the file as it was, so diffs stay minimal even where the YAML printer would
 * normalise a user's spacing. The result is checked against the edited Document; on any mismatch
 * the whole Document is printed instead (still keeping comments, order and unknown fields).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isSeq, Node, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { AnnotationOp, OpResult, serializeDocument } from './edit';
import { MAX_ALIAS_COUNT } from './model';

interface Splice {
	start: number;
	end: number;
	text: string;
}

/** The new text of a file after `ops` (with their `results`) turned `original` into `edited`. */
export function renderEdited(original: string, edited: Document, ops: readonly AnnotationOp[], results: readonly OpResult[]): string {
	// Files written on Windows keep their CRLF line ends; the printer writes LF.
	const crlf = original.includes('\r\n');
	const lf = crlf ? original.replace(/\r\n/g, '\n') : original;
	const spliced = trySplices(lf, edited, ops, results);
	const out = spliced !== null && sameData(spliced, edited) ? spliced : serializeDocument(edited, lf);
	return crlf ? out.replace(/\r?\n/g, '\r\n') : out;
}

function trySplices(original: string, edited: Document, ops: readonly AnnotationOp[], results: readonly OpResult[]): string | null {
	const pristine = parseDocument(original);
	const list = pristine.get('annotations', true);
	if (!isSeq(list) || list.flow || list.items.length === 0) return null;
	const regions = new Map<string, { start: number; end: number; dash: number }>();
	for (const item of list.items) {
		const region = isMap(item) ? itemRegion(original, item) : null;
		if (!region) return null;
		regions.set(String((item as YAMLMap).get("id")), region);
	}
	const last = [...regions.values()].at(-1)!;
	const splices: Splice[] = [];
	const touched = new Set<string>();
	let appended = '';
	for (let i = 0; i < ops.length; i++) {
		if (!results[i].applied) continue;
		const op = ops[i];
		const id = op.kind === 'add' ? op.annotation.id : op.id;
		if (touched.has(id)) return null; // two edits of one annotation in a batch: print it whole
		touched.add(id);
		const node = findItem(edited, id);
		if (op.kind === 'add') {
			if (!node) return null;
			appended += itemText(node, last.dash);
			continue;
		}
		const region = regions.get(id);
		if (!region) return null;
		if (op.kind === 'remove') splices.push({ start: region.start, end: region.end, text: '' });
		else if (node) splices.push({ start: region.start, end: region.end, text: itemText(node, region.dash) });
		else return null;
	}
	let text = original;
	if (appended) {
		const needsBreak = last.end > 0 && text[last.end - 1] !== '\n';
		splices.push({ start: last.end, end: last.end, text: (needsBreak ? '\n' : '') + appended });
	}
	splices.sort((a, b) => b.start - a.start);
	for (const s of splices) text = text.slice(0, s.start) + s.text + text.slice(s.end);
	return text;
}

/** The lines an item occupies: from its `- ` line to the end of its last line. */
function itemRegion(text: string, item: YAMLMap): { start: number; end: number; dash: number } | null {
	if (!item.range || item.flow) return null;
	const [from, to] = item.range;
	const lineStart = text.lastIndexOf('\n', from - 1) + 1;
	const lead = /^( *)- +$/.exec(text.slice(lineStart, from));
	if (!lead) return null;
	let end = to;
	if (end > 0 && text[end - 1] !== '\n') {
		const nl = text.indexOf('\n', end);
		end = nl < 0 ? text.length : nl + 1;
	}
	return { start: lineStart, end, dash: lead[1].length };
}

function findItem(doc: Document, id: string): YAMLMap | undefined {
	const list = doc.get('annotations', true);
	return isSeq(list) ? list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id) : undefined;
}

/** One item printed as a sequence entry whose dash stands at column `dash`. */
function itemText(node: Node, dash: number): string {
	const holder = new Document({ annotations: [] });
	(holder.get('annotations', true) as YAMLSeq).items.push(node);
	const printed = holder.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: false });
	const lines = printed.split('\n').slice(1); // drop `annotations:`
	const pad = ' '.repeat(dash);
	return lines.filter((line, i) => line !== '' || i < lines.length - 1).map(line => (line ? pad + line : line) + '\n').join('');
}

function sameData(text: string, edited: Document): boolean {
	try {
		const reparsed = parseDocument(text);
		if (reparsed.errors.length) return false;
		return isDeepStrictEqual(reparsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), edited.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
	} catch {
		return false;
	}
}
