/**
 * The positions matrix as a self-contained SVG picture: no script, no external font, image or
 * style sheet, so it opens the same in a browser, an editor or a report. Accessible: the picture
 * has a <title> and <desc>, every cell a <title> saying delegation, theme, stance and count, and
 * each stance a mark besides its colour. Several texts split each cell into stripes, one per text
 * in time order, so a delegation's positions read left to right over time.
 */
import { MatrixColumn, MatrixModel, MatrixRow } from './matrix';
import { describeCell, STANCE_ORDER, STANCE_STYLE, styleOf, textColourOn, VOTE_STYLE } from './matrixStyle';

const PAD = 16;
const CHAR = 7;
const ROW_H = 24;
const GROUP_H = 22;
const MAX_LABEL = 40;

/** The matrix as an SVG document (UTF-8 text, with an XML declaration). */
export function matrixToSvg(model: MatrixModel, title = 'Positions matrix'): string {
	const n = Math.max(1, model.files.length);
	const cellW = Math.max(32, n * 14);
	const labelW = Math.min(320, Math.max(120, ...model.rows.map(r => cut(r.label).length * CHAR + 16)));
	const headH = Math.min(MAX_LABEL, Math.max(4, ...model.columns.map(c => columnLabel(c).length))) * CHAR * 0.72 + 16;
	const top = PAD + 44 + headH;
	const gridW = model.columns.length * cellW;
	const parts: string[] = [];
	let y = top;
	for (const group of model.groups) {
		parts.push(`<text x="${PAD}" y="${y + 15}" font-weight="bold">${esc(group.name)}</text>`);
		y += GROUP_H;
		for (const key of group.rows) {
			const row = model.rows.find(r => r.key === key);
			if (!row) continue;
			parts.push(rowSvg(model, row, y, labelW, cellW));
			y += ROW_H;
		}
	}
	const legendTop = y + PAD;
	const legend = legendSvg(model, legendTop);
	// Slanted column names reach right of the grid by about their height.
	const width = Math.ceil(Math.max(PAD * 2 + labelW + gridW + headH, 780));
	const height = Math.ceil(legendTop + legend.height + PAD);
	const desc = `${model.rows.length} delegations or speakers in ${model.groups.length} groups, ${model.columns.length} columns, from ${model.files.map(f => f.date ? `${f.file} (${f.date})` : f.file).join(', ') || 'no text'}.`
		+ (n > 1 ? ' Each cell holds one stripe per text, in this order.' : '');
	const headers = model.columns.map((c, i) => {
		const x = PAD + labelW + i * cellW + cellW / 2;
		return `<text transform="translate(${x},${top - 6}) rotate(-45)"${c.source === 'user' ? ' font-style="italic"' : ''}>${esc(cut(columnLabel(c)))}</text>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="matrix-title matrix-desc" font-family="sans-serif" font-size="12">`,
		`<title id="matrix-title">${esc(title)}</title>`,
		`<desc id="matrix-desc">${esc(desc)}</desc>`,
		`<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
		`<text x="${PAD}" y="${PAD + 14}" font-size="16" font-weight="bold">${esc(title)}</text>`,
		`<text x="${PAD}" y="${PAD + 34}">${esc(desc)}</text>`,
		...headers, ...parts, legend.svg, '</svg>', '',
	].join('\n');
}

function rowSvg(model: MatrixModel, row: MatrixRow, y: number, labelW: number, cellW: number): string {
	const n = Math.max(1, model.files.length);
	const out = [`<text x="${PAD + 8}" y="${y + 16}">${esc(cut(row.label))}</text>`];
	model.columns.forEach((column, i) => {
		const x = PAD + labelW + i * cellW;
		const cell = row.cells[column.key];
		const dashed = column.source === 'user' ? ' stroke-dasharray="3 2"' : '';
		out.push(`<g><title>${esc(describeCell(row, column, cell))}</title>`
			+ `<rect x="${x}" y="${y}" width="${cellW - 2}" height="${ROW_H - 2}" fill="none" stroke="#BBBBBB"${dashed}/>`);
		if (cell) {
			const stripe = (cellW - 2) / n;
			cell.byFile.forEach((own, f) => {
				if (!own) return;
				const style = styleOf(own);
				const sx = x + f * stripe;
				out.push(`<rect x="${num(sx)}" y="${y}" width="${num(stripe)}" height="${ROW_H - 2}" fill="${style.colour}"${dashed ? ` stroke="#000000"${dashed}` : ''}/>`);
				const label = n === 1 && own.count > 1 && !own.vote ? `${style.mark}${own.count}` : style.mark;
				if (stripe >= 12) out.push(`<text x="${num(sx + stripe / 2)}" y="${y + 15}" text-anchor="middle" fill="${textColourOn(style.colour)}" aria-hidden="true">${esc(label)}</text>`);
			});
		}
		out.push('</g>');
	});
	return out.join('\n');
}

function legendSvg(model: MatrixModel, top: number): { svg: string; height: number } {
	const items = [...STANCE_ORDER.map(s => STANCE_STYLE[s]), STANCE_STYLE.mixed, STANCE_STYLE.none];
	if (model.columns.some(c => c.source === 'vote')) items.push(...Object.values(VOTE_STYLE).filter(v => v !== VOTE_STYLE.mixed));
	const out = [`<g aria-label="Legend"><text x="${PAD}" y="${top + 12}" font-weight="bold">Legend</text>`];
	let x = PAD, y = top + 22;
	for (const item of items) {
		const w = 28 + item.words.length * CHAR;
		if (x + w > 760) { x = PAD; y += 22; }
		out.push(`<rect x="${x}" y="${y}" width="18" height="16" fill="${item.colour}"/><text x="${x + 9}" y="${y + 12}" text-anchor="middle" fill="${textColourOn(item.colour)}">${esc(item.mark)}</text><text x="${x + 24}" y="${y + 12}">${esc(item.words)}</text>`);
		x += w;
	}
	y += 22;
	out.push(`<rect x="${PAD}" y="${y}" width="18" height="16" fill="none" stroke="#000000" stroke-dasharray="3 2"/><text x="${PAD + 24}" y="${y + 12}">your own tags (column names in italics); other columns are themes the engine recognized</text>`);
	model.files.forEach((f, i) => {
		if (model.files.length < 2) return;
		y += 18;
		out.push(`<text x="${PAD}" y="${y + 12}">Stripe ${i + 1}: ${esc(f.file)}${f.date ? ` (${f.date})` : ''}</text>`);
	});
	out.push('</g>');
	return { svg: out.join('\n'), height: y + 20 - top };
}

function columnLabel(c: MatrixColumn): string {
	return c.source === 'user' ? `${c.label} (tag)` : c.label;
}

function cut(label: string): string {
	return label.length > MAX_LABEL ? label.slice(0, MAX_LABEL - 1) + '…' : label;
}

function num(v: number): string {
	return String(Math.round(v * 10) / 10);
}

/** Escapes text for XML content and attribute values. */
export function esc(text: string): string {
	return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
