/**
 * The matrix panel's page, rendered in the extension host as a plain HTML table (pure function, no
 * vscode import, so it is unit-tested like the exporters). A table rather than a charting library:
 * a grid of coloured cells is what a table is, screen readers already know how to walk it (scope
 * headers, captions), and a library would add a bundle and a CSP exception for nothing the table
 * cannot do. The small script in client/media/matrix/matrix.js adds keyboard movement, the details
 * of a cell and the messages back to the extension.
 */
import type { MatrixColumn, MatrixModel, MatrixRow, MatrixStance, MatrixVote } from '../../../server/src/core/matrix';
import { describeCell, STANCE_ORDER, STANCE_STYLE, styleOf, textColourOn, VOTE_STYLE } from '../../../server/src/core/matrixStyle';

export interface MatrixPageOptions {
	/** The webview's `cspSource` (what it may load from the extension's own files). */
	readonly cspSource: string;
	readonly nonce: string;
	readonly scriptUri: string;
	readonly styleUri: string;
	readonly title: string;
	/** Short names of the texts (for headers), in the model's file order. */
	readonly fileLabels: readonly string[];
	/** Texts left out, with the reason, shown above the table. */
	readonly skipped?: readonly { readonly name: string; readonly reason: string }[];
}

/** The whole page: strict CSP (nothing but the extension's own style sheet and nonce'd script). */
export function matrixPage(model: MatrixModel, o: MatrixPageOptions): string {
	const csp = `default-src 'none'; style-src ${o.cspSource}; script-src 'nonce-${o.nonce}'; img-src ${o.cspSource}; font-src ${o.cspSource}`;
	const skipped = o.skipped?.length
		? `<details class="skipped"><summary>${o.skipped.length} text${o.skipped.length === 1 ? '' : 's'} left out</summary><ul>${o.skipped.map(s => `<li>${esc(s.name)}: ${esc(s.reason)}</li>`).join('')}</ul></details>`
		: '';
	const body = model.rows.length ? matrixTable(model, o.title, o.fileLabels) : '<p class="empty">No statements with a delegation or speaker were found in this text.</p>';
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${esc(o.styleUri)}">
<title>${esc(o.title)}</title>
</head>
<body>
<header>
<h1>${esc(o.title)}</h1>
<div class="actions">
<button type="button" data-export="svg">Export SVG…</button>
<button type="button" data-export="csv">Export CSV…</button>
</div>
</header>
${skipped}
${legend(model)}
<div class="layout">
<aside id="details" aria-live="polite" aria-label="Statements behind the focused cell"><p class="hint">Move to a cell (arrow keys or mouse) to read the sentences behind it; Enter or a click shows the statement in the editor.</p></aside>
<div class="grid-wrap">${body}</div>
</div>
<script nonce="${o.nonce}" src="${esc(o.scriptUri)}"></script>
</body>
</html>
`;
}

/** The table: a caption, column headers (scope=col), a header row per group, row headers (scope=row). */
export function matrixTable(model: MatrixModel, title: string, fileLabels: readonly string[]): string {
	const several = model.files.length > 1;
	const caption = `${esc(title)}: ${model.rows.length} delegations or speakers, ${model.columns.length} columns`
		+ (several ? `; each cell shows one stripe per text, in this order: ${fileLabels.map(esc).join(', ')}` : '');
	const head = model.columns.map((c, ci) => `<th scope="col" class="col ${c.source}" data-col="${ci}"><span>${esc(c.label)}${c.source === 'user' ? ' <abbr title="your tag">✎</abbr>' : ''}</span></th>`).join('');
	const byKey = new Map(model.rows.map((r, i) => [r.key, { row: r, index: i }]));
	const groups = model.groups.map(g => {
		const rows = g.rows.map(k => byKey.get(k)).filter((x): x is { row: MatrixRow; index: number } => !!x);
		return `<tbody><tr class="group"><th scope="rowgroup" colspan="${model.columns.length + 1}">${esc(g.name)}</th></tr>`
			+ rows.map(({ row, index }) => rowHtml(model, row, index)).join('') + '</tbody>';
	}).join('');
	return `<table id="matrix" role="grid" aria-readonly="true"><caption>${caption}</caption><thead><tr><td class="corner"></td>${head}</tr></thead>${groups}</table>`;
}

function rowHtml(model: MatrixModel, row: MatrixRow, ri: number): string {
	const speakers = row.kind === 'delegation' && row.speakers.length ? ` title="${esc(row.speakers.join(', '))}"` : '';
	const cells = model.columns.map((c, ci) => cellHtml(row, c, ri, ci)).join('');
	return `<tr><th scope="row" class="row"${speakers}>${esc(row.label)}</th>${cells}</tr>`;
}

function cellHtml(row: MatrixRow, column: MatrixColumn, ri: number, ci: number): string {
	const cell = row.cells[column.key];
	const label = describeCell(row, column, cell);
	const attrs = `role="gridcell" tabindex="-1" data-row="${ri}" data-col="${ci}" aria-label="${esc(label)}" class="cell ${column.source}${cell ? '' : ' empty'}"`;
	if (!cell) return `<td ${attrs}></td>`;
	const stripes = cell.byFile.map(own => {
		if (!own) return '<span class="stripe absent" aria-hidden="true"></span>';
		const style = styleOf(own);
		const mark = cell.byFile.length === 1 && own.count > 1 && !own.vote ? `${style.mark}${own.count}` : style.mark;
		return `<span class="stripe ${fillClass(own)}" aria-hidden="true">${esc(mark)}</span>`;
	}).join('');
	return `<td ${attrs}><span class="stripes">${stripes}</span></td>`;
}

function legend(model: MatrixModel): string {
	const items: { cls: string; mark: string; words: string }[] = [...STANCE_ORDER, 'mixed' as const, 'none' as const].map(s => ({ cls: fillClass({ stance: s }), ...STANCE_STYLE[s] }));
	if (model.columns.some(c => c.source === 'vote')) {
		for (const v of ['in-favour', 'against', 'abstaining'] as const) items.push({ cls: fillClass({ stance: 'none', vote: v }), ...VOTE_STYLE[v] });
	}
	return `<ul class="legend" aria-label="Legend">${items.map(i => `<li><span class="swatch ${i.cls}" aria-hidden="true">${esc(i.mark)}</span>${esc(i.words)}</li>`).join('')}`
		+ '<li><span class="swatch user" aria-hidden="true">✎</span>your own tag (dashed outline)</li></ul>';
}

/**
 * The class that colours a stripe or swatch. Colours live in matrix.css, not in style attributes,
 * which the CSP forbids; a unit test keeps them equal to matrixStyle.ts.
 */
export function fillClass(cell: { readonly stance: MatrixStance; readonly vote?: MatrixVote }): string {
	return cell.vote ? `fill-vote-${cell.vote}` : `fill-${cell.stance}`;
}

/** Every fill class with its background and text colours, as matrix.css must define them. */
export function fillColours(): { cls: string; fill: string; ink: string }[] {
	const stances = (Object.keys(STANCE_STYLE) as MatrixStance[]).map(s => ({ cls: fillClass({ stance: s }), fill: STANCE_STYLE[s].colour }));
	const votes = (Object.keys(VOTE_STYLE) as MatrixVote[]).map(v => ({ cls: fillClass({ stance: 'none', vote: v }), fill: VOTE_STYLE[v].colour }));
	return [...stances, ...votes].map(x => ({ ...x, ink: textColourOn(x.fill) }));
}

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
	return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
