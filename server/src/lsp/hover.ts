/**
 * textDocument/hover: finds the entity under the cursor in the sorted token list (binary search)
 * and renders its summary.
 */
import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver/node';
import { documentView, ServerContext } from './context';
import { headingHover, institutionHover, speakerHover, stanceHover, stateHover, themeHover } from './hoverContent';
import { offsetOf } from './ranges';
import { tokenAt } from './tokenList';

/** The hover at a position; null when hovers are off, the document is closed or nothing is there. */
export async function hover(ctx: ServerContext, params: HoverParams): Promise<Hover | null> {
	const uri = params.textDocument.uri;
	if (!(await ctx.settings.get(uri)).hover.enabled) return null;
	const view = documentView(ctx, uri);
	if (!view) return null;
	const { doc } = view;
	const token = tokenAt(doc.tokens(view.annotations, view.revision), offsetOf(doc.lines, params.position));
	if (!token) return null;
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
	const start = doc.lines.positionAt(token.start);
	return {
		contents: { kind: MarkupKind.Markdown, value },
		range: { start, end: { line: start.line, character: start.character + token.length } },
	};
}
