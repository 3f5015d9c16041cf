/**
 * Writes edits back as text splices: only the lines of the annotations that were added, changed or
 * removed differ from the file as it was, so diffs stay minimal even where the YAML printer would
 * normalise a user's spacing. The result is parsed once, checked against the edited Document, and
 * that parse is handed back (YAML parsing dominates a write's cost); on any mismatch the whole
 * Document is printed instead (still keeping comments, order and unknown fields).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isSeq, Node, YAMLMap, YAMLSeq } from 'yaml';
import { AnnotationOp, OpResult, PRINT_OPTIONS, serializeDocument } from './edit';
import { MAX_ALIAS_COUNT } from './model';
import { parseAnnotationFile, ParseResult } from './parse';

/** Where each annotation of the original text stands, taken before any op touches the Document. */
export interface ItemRegions {
	byId: Map<string, Region>;
	last: Region;
}

interface Region {
	start: number;
	end: number;
	/** Column of the item's `-`. */
	dash: number;
}

interface Splice {
	start: number;
	end: number;
	text: string;
}

/** The regions of the items of a Document parsed from `text`, or null when splicing cannot apply. */
export function itemRegions(text: string, doc: Document): ItemRegions | null {
	const list = doc.get('annotations', true);
	if (!isSeq(list) || list.flow || list.items.length === 0) return null;
	const byId = new Map<string, Region>();
	for (const item of list.items) {
		const region = isMap(item) ? itemRegion(text, item) : null;
		if (!region) return null;
		byId.set(String((item as YAMLMap).get('id')), region);
	}
	return { byId, last: [...byId.values()].at(-1)! };
}

/**
 * The new text of a file after `ops` (with their `results`) turned `original` into `edited`, with
 * its parse. `regions` come from itemRegions() on the Document before the ops.
 */
export function renderEdited(original: string, edited: Document, ops: readonly AnnotationOp[], results: readonly OpResult[], regions: ItemRegions | null): { text: string; parsed: ParseResult } {
	// Files written on Windows keep their CRLF line ends; the printer writes LF.
	const crlf = original.includes('\r\n');
	const spliced = regions && splice(original, edited, ops, results, regions, crlf);
	if (spliced !== null) {
		const parsed = parseAnnotationFile(spliced);
		if (parsed.ok && isDeepStrictEqual(parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), edited.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))) return { text: spliced, parsed };
	}
	const printed = serializeDocument(edited, original);
	const text = crlf ? printed.replace(/\r?\n/g, '\r\n') : printed;
	return { text, parsed: parseAnnotationFile(text) };
}

function splice(original: string, edited: Document, ops: readonly AnnotationOp[], results: readonly OpResult[], regions: ItemRegions, crlf: boolean): string | null {
	const eol = (s: string) => (crlf ? s.replace(/\n/g, '\r\n') : s);
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
			appended += eol(itemText(node, regions.last.dash));
			continue;
		}
		const region = regions.byId.get(id);
		if (!region) return null;
		if (op.kind === 'remove') splices.push({ start: region.start, end: region.end, text: '' });
		else if (node) splices.push({ start: region.start, end: region.end, text: eol(itemText(node, region.dash)) });
		else return null;
	}
	let text = original;
	if (appended) {
		const end = regions.last.end;
		const needsBreak = end > 0 && text[end - 1] !== '\n';
		splices.push({ start: end, end, text: (needsBreak ? eol('\n') : '') + appended });
	}
	splices.sort((a, b) => b.start - a.start);
	for (const s of splices) text = text.slice(0, s.start) + s.text + text.slice(s.end);
	return text;
}

/** The lines an item occupies: from its `- ` line to the end of its last line. */
function itemRegion(text: string, item: YAMLMap): Region | null {
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
	const printed = holder.toString({ ...PRINT_OPTIONS, indentSeq: false });
	const lines = printed.split('\n').slice(1); // drop `annotations:`
	const pad = ' '.repeat(dash);
	return lines.filter((line, i) => line !== '' || i < lines.length - 1).map(line => (line ? pad + line : line) + '\n').join('');
}
