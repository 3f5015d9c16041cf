/**
 * Export as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one Annotation
 * per user annotation, its themes as tagging bodies, its stance as a classifying body, its note as
 * a commenting body, its target a TextQuoteSelector plus a TextPositionSelector.
 */
import { Annotation } from './model';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
	type: 'TextualBody';
	purpose: 'tagging' | 'classifying' | 'commenting';
	value: string;
	format?: 'text/plain';
}

export interface WebAnnotation {
	'@context'?: string;
	id: string;
	type: 'Annotation';
	motivation: 'tagging' | 'commenting';
	created?: string;
	modified?: string;
	creator?: { type: 'Person'; name: string };
	body: TextualBody[];
	target: {
		source: string;
		selector: [
			{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
			{ type: 'TextPositionSelector'; start: number; end: number },
		];
	};
}

export interface WebAnnotationCollection {
	'@context': string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/**
 * One annotation as JSON-LD. `source` is the text's URI (e.g. file:///…); ids become `urn:`
 * URIs in the file's namespace so they stay stable across exports.
 */
export function toWebAnnotation(a: Annotation, source: string): WebAnnotation {
	const body: TextualBody[] = a.themes.map(value => ({ type: 'TextualBody', purpose: 'tagging', value }));
	if (a.stance) body.push({ type: 'TextualBody', purpose: 'classifying', value: a.stance });
	if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
	const out: WebAnnotation = {
		id: `urn:diplomatic-annotator:${encodeURIComponent(source)}#${a.id}`,
		type: 'Annotation',
		motivation: a.note && a.themes.length === 0 ? 'commenting' : 'tagging',
		body,
		target: {
			source,
			selector: [
				{ type: 'TextQuoteSelector', exact: a.anchor.quote, prefix: a.anchor.prefix, suffix: a.anchor.suffix },
				{ type: 'TextPositionSelector', start: a.anchor.start, end: a.anchor.end },
			],
		},
	};
	if (a.created) out.created = a.created;
	if (a.modified) out.modified = a.modified;
	if (a.author) out.creator = { type: 'Person', name: a.author };
	return out;
}

/** All annotations of one or more texts as an AnnotationCollection with one page. */
export function toWebAnnotationCollection(label: string, files: readonly { source: string; annotations: readonly Annotation[] }[]): WebAnnotationCollection {
	const items = files.flatMap(f => f.annotations.map(a => toWebAnnotation(a, f.source)));
	return { '@context': WEB_ANNOTATION_CONTEXT, type: 'AnnotationCollection', label, total: items.length, first: { type: 'AnnotationPage', startIndex: 0, items } };
}
