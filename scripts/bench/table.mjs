// Renders benchmark rows as Markdown tables with the budgets of issue 6 beside each figure.
// Budgets are printed, never enforced: a benchmark reports numbers and exits 0.

import { FAST_SPEED } from './engine.mjs';
import { summarize } from './stats.mjs';

const fmt = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits ?? (x < 10 ? 2 : x < 100 ? 1 : 0)) : '–');
const mark = (ok) => (ok ? '✓' : '✗');

/** Engine throughput rows → a Markdown table (ms per MB, so budgets read directly). */
export function engineTable(rows) {
	const lines = [
		'| Input | Size | Statements | Engine ms/MB median (min–max) | Engine MB/s | Regex pass ms/MB | Engine ÷ regex median (min–max) | wink-nlp ms/MB | ≤ 30 ms/MB | ≤ 15× regex |',
		'|---|---:|---:|---:|---:|---:|---:|---:|:-:|:-:|',
	];
	for (const r of rows) {
		const perMb = s => s / r.mb;
		lines.push(`| ${r.label} | ${fmt(r.mb)} MB | ${r.statements} `
			+ `| ${fmt(perMb(r.engine.median))} (${fmt(perMb(r.engine.min))}–${fmt(perMb(r.engine.max))}) `
			+ `| ${fmt(r.mb / (r.engine.median / 1000), 0)} `
			+ `| ${fmt(perMb(r.regex.median))} `
			+ `| ${fmt(r.ratio.median)}× (${fmt(r.ratio.min)}–${fmt(r.ratio.max)}) `
			+ `| ${r.wink ? fmt(perMb(r.wink.median)) : '–'} `
			+ `| ${mark(perMb(r.engine.median) <= 30)} | ${mark(r.ratio.median <= 15)} |`);
	}
	// The host's own speed in this run, read off the regex pass: it says which of the host's speeds
	// the medians above were measured at (see PERFORMANCE.md).
	if (rows.length > 0) {
		const fastest = Math.min(...rows.map(r => r.regex.min / r.mb));
		const medians = rows.map(r => r.regex.median / r.mb).sort((a, b) => a - b);
		lines.push('', `Host speed in this run: the regex pass took ${fmt(fastest)} ms/MB at its fastest and `
			+ `${fmt(medians[0])}–${fmt(medians[medians.length - 1])} ms/MB as the medians of the inputs `
			+ `(${fmt(medians[medians.length - 1] / fastest)}× the fastest at most).`);
		// The same runs, kept to the rounds at the fast speed (see stats.mjs runsAtFastSpeed): informative
		// only, the budget columns above read the medians of all rounds.
		const fast = rows.map(r => (r.atFastSpeed ? `${fmt(r.atFastSpeed.median / r.mb)} (n ${r.atFastSpeed.n})` : '–'));
		lines.push('', `Engine ms/MB in the rounds at the host's fast speed (regex pass within ${FAST_SPEED}× its fastest per MB in the run), `
			+ `row by row: ${fast.join(' / ')}. Informative only: the budget columns read the medians of all rounds.`);
		const chain = clockProbe(rows);
		if (chain) lines.push('', chain);
	}
	return lines.join('\n');
}

/**
 * What the dependency chain timed in every round (see engine.mjs) says of the host's slow speed: its
 * median in the rounds at the fast speed and in the others, over all inputs. Null when the run had
 * rounds of one kind only.
 */
function clockProbe(rows) {
	const fast = rows.flatMap(r => r.chainBySpeed.fast), slow = rows.flatMap(r => r.chainBySpeed.slow);
	if (fast.length === 0 || slow.length === 0) return null;
	const f = summarize(fast).median, s = summarize(slow).median;
	return `A fixed chain of dependent multiplications, timed in each round, took ${fmt(f)} ms (median) in the rounds at `
		+ `the fast speed and ${fmt(s)} ms in the others (${fmt(s / f)}×): where that stays near 1× while the regex pass `
		+ 'slows, the clock is unchanged and the slowness is the core shared with other work (see PERFORMANCE.md).';
}

/** Service rows (latency, indexing, memory) → a Markdown table, each beside its baseline. */
export function serviceTable(rows) {
	const lines = [
		'| Measure | Median | Spread: min–max (IQR) | n | Baseline, same run (median) | Budget | |',
		'|---|---:|---:|---:|---|---:|:-:|',
	];
	for (const r of rows) {
		if (r.missing) {
			lines.push(`| ${r.label} | – | – | – | – | – | skipped: ${r.missing} |`);
			continue;
		}
		const v = r.value, u = r.unit;
		const spread = v.n > 1 ? `${fmt(v.min)}–${fmt(v.max)} (${fmt(v.q1)}–${fmt(v.q3)})` : '–';
		lines.push(`| ${r.label} | ${fmt(v.median)} ${u} | ${spread} | ${v.n} `
			+ `| ${r.baselineLabel}: ${fmt(r.baseline.median)} ${u} `
			+ `| ${r.budget === null ? '–' : `≤ ${r.budget} ${u}`} | ${r.budget === null ? '' : mark(v.median <= r.budget)} |`);
	}
	return lines.join('\n');
}
