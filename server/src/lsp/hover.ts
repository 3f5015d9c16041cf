/**
 * textDocument/hover: finds the entity under the cursor in the sorted token list (binary search)
 * and renders its summary.
 */
import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver/node';
import { documentView, DocumentView, ServerContext } from './context';
import { headingHover, institutionHover, speakerHover, stanceHover, stateHover, themeHover } from './hoverContent';
import { personNamedAt } from './navigation';
import { offsetOf } from './ranges';
import { tokenAt } from './tokenList';

/** The hover at a position; null when hovers are off, the document is closed or nothing is there. */
export async function hover(ctx: ServerContext, params: HoverParams): Promise<Hover | null> {
	const uri = params.textDocument.uri;
	if (!(await ctx.settings.get(uri)).hover.enabled) return null;
	const view = documentView(ctx, uri);
	if (!view) return null;
	const { doc } = view;
	const offset = offsetOf(doc.lines, params.position);
	const token = tokenAt(doc.tokens(view.annotations, view.revision), offset);
	if (!token) return personHover(view, offset);
	const ref = token.ref;
	const statements = doc.analysis.statements;
	let value: string;
	switch (ref.kind) {
		case 'speaker': {
			const tags = doc.annotations(view.annotations, view.revision).get(ref.statement) ?? [];
			const labels = new Map((view.annotations?.userThemes ?? []).map(t => [t.id, t.label]));
			value = speakerHover(doc, statements[ref.statement], tags, labels);
			break;
		}
		case 'institution': value = institutionHover(doc, ref.entry); break;
		case 'state': value = stateHover(doc, ref.entry); break;
		case 'themeCue': value = themeHover(doc, statements[ref.statement], statements[ref.statement].themeCues[ref.cue].theme); break;
		case 'stanceCue': {
			const cue = statements[ref.statement].stanceCues[ref.cue];
			value = stanceHover(doc, statements[ref.statement], cue.stance, cue.theme);
			break;
		}
		case 'heading': value = headingHover(doc, ref.heading); break;
	}
	return markdown(value, doc.lines.positionAt(token.start), token.length);
}

/** A speaker named in running text (not a label): the same summary as on their first statement. */
function personHover(view: DocumentView, offset: number): Hover | null {
	const { doc } = view;
	const named = personNamedAt(doc, offset);
	if (!named) return null;
	const first = named.statements[0];
	const labels = new Map((view.annotations?.userThemes ?? []).map(t => [t.id, t.label]));
	const tags = doc.annotations(view.annotations, view.revision).get(first.index) ?? [];
	return markdown(speakerHover(doc, first, tags, labels), doc.lines.positionAt(named.start), named.word.length);
}

function markdown(value: string, start: { line: number; character: number }, length: number): Hover {
	return {
		contents: { kind: MarkupKind.Markdown, value },
		range: { start, end: { line: start.line, character: start.character + length } },
	};
}
