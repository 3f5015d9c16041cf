/**
 * Schema validation of annotation and user-theme files with ajv, with each error placed on the
 * YAML node it concerns so that diagnostics point at the right line and column.
 */
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { Document, isNode, LineCounter } from 'yaml';
import annotationsSchema from '../../../schemas/annotations.schema.json';
import userThemesSchema from '../../../schemas/user-themes.schema.json';
import { FileProblem } from './model';

let validators: { annotations: ValidateFunction; userThemes: ValidateFunction } | undefined;

/** Compiled once and lazily: ajv compilation costs more than most validations. */
function compiled() {
	if (!validators) {
		const ajv = new Ajv({ allErrors: true, strict: false });
		validators = { annotations: ajv.compile(annotationsSchema), userThemes: ajv.compile(userThemesSchema) };
	}
	return validators;
}

/** Validates plain data against one of the project's schemas; returns the problems, placed on `doc`. */
export function validateAgainstSchema(
	which: 'annotations' | 'userThemes', data: unknown, doc: Document, lines: LineCounter,
): FileProblem[] {
	const validate = compiled()[which];
	if (validate(data)) return [];
	return (validate.errors ?? []).map(error => placeError(error, doc, lines));
}

/** "/annotations/0/themes" → ['annotations', 0, 'themes']. */
export function pointerToPath(pointer: string): (string | number)[] {
	if (!pointer) return [];
	return pointer.slice(1).split('/').map(part => {
		const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
		return /^\d+$/.test(key) ? Number(key) : key;
	});
}

/** A readable path such as `annotations[0].themes`. */
export function describePath(path: readonly (string | number)[]): string {
	let out = '';
	for (const part of path) out += typeof part === 'number' ? `[${part}]` : (out ? '.' : '') + part;
	return out || 'the file';
}

function placeError(error: ErrorObject, doc: Document, lines: LineCounter): FileProblem {
	const path = pointerToPath(error.instancePath);
	let message = `${describePath(path)} ${error.message ?? 'is invalid'}`;
	if (error.keyword === 'enum') message += `: ${(error.params as { allowedValues: unknown[] }).allowedValues.filter(v => v !== null).join(', ')}`;
	if (error.keyword === 'const') message += `: ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
	return { severity: 'error', message, ...rangeOfPath(doc, lines, path) };
}

/** The 1-based line/column range of the node at `path`, or of its nearest existing parent. */
export function rangeOfPath(doc: Document, lines: LineCounter, path: readonly (string | number)[]):
	Pick<FileProblem, 'line' | 'column' | 'endLine' | 'endColumn'> {
	for (let n = path.length; n >= 0; n--) {
		const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
		if (isNode(node) && node.range) {
			const start = lines.linePos(node.range[0]);
			const end = lines.linePos(node.range[1]);
			return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
		}
	}
	return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
