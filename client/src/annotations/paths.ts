/**
 * Where a text's annotation file lives. The place is derived from the text's own path and the
 * settings only — never from anything inside a file — and a configured folder must stay inside
 * the workspace folder, so nothing can steer a write elsewhere.
 */
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export const ANNOTATION_SUFFIX = '.annotations.yaml';

export type AnnotationLocation = { path: string; documentName: string } | { error: string };

/**
 * The annotation file for the text at `textPath`. `location` is "beside" or a folder relative to
 * `workspaceFolder` (mirroring the text's folders inside it). Returns `{ error }` when the
 * configured folder would leave the workspace or the text is itself an annotation file.
 */
export function annotationFileFor(textPath: string, location: string, workspaceFolder: string | null): AnnotationLocation {
	const text = resolve(textPath);
	if (text.endsWith(ANNOTATION_SUFFIX)) return { error: 'An annotation file is not annotated itself.' };
	const name = basename(text, extname(text)) + ANNOTATION_SUFFIX;
	if (!location || location === 'beside' || !workspaceFolder) {
		return { path: join(dirname(text), name), documentName: basename(text) };
	}
	if (isAbsolute(location)) return { error: `annotations.location must be "beside" or a folder relative to the workspace, not ${location}.` };
	const root = resolve(workspaceFolder);
	const inside = relative(root, text);
	if (inside.startsWith('..') || isAbsolute(inside)) return { path: join(dirname(text), name), documentName: basename(text) };
	const folder = resolve(root, location);
	const target = resolve(folder, dirname(inside), name);
	if (!isInside(root, folder) || !isInside(root, target)) return { error: `annotations.location ${location} leads outside the workspace; annotations are kept inside it.` };
	return { path: target, documentName: relative(dirname(target), text).split(sep).join('/') };
}

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
	const rel = relative(resolve(parent), resolve(child));
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
