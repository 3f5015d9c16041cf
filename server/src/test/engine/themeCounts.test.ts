/**
 * The counting behind themes and stances walks its ascending lists once and keeps no table per
 * sentence; these properties hold it to the plain definitions with a table per sentence and maps.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Cue, Stance, STANCES, ThemeStance } from '../../core/model';
import { busiestSentence, rankedThemes, sentencesOf, themeStances } from '../../core/themeCounts';

function referenceRanked(themeCues: readonly Cue[], longStatement: boolean): string[] {
	const counts = new Map<string, number>();
	for (const c of themeCues) counts.set(c.theme!, (counts.get(c.theme!) ?? 0) + 1);
	const ranked = [...counts].sort((a, b) => b[1] - a[1]);
	const min = Math.max(1, Math.ceil((ranked[0]?.[1] ?? 0) / 3), longStatement ? 2 : 1);
	return ranked.filter(([, n]) => n >= min).slice(0, 3).map(([id]) => id);
}

function referenceStances(themes: readonly string[], themeCues: readonly Cue[], themeAt: readonly number[], stanceCues: readonly Cue[], stanceAt: readonly number[], sentences: number): ThemeStance[] {
	const out: ThemeStance[] = [];
	for (const theme of themes) {
		const inSentence = new Array<boolean>(sentences).fill(false);
		themeCues.forEach((c, k) => { if (c.theme === theme) inSentence[themeAt[k]] = true; });
		const votes = new Map<Stance, number>();
		stanceCues.forEach((c, k) => { if (inSentence[stanceAt[k]]) votes.set(c.stance!, (votes.get(c.stance!) ?? 0) + 1); });
		let best: Stance | undefined, most = 0;
		for (const [stance, n] of votes) if (n > most) { best = stance; most = n; }
		if (best) out.push({ theme, stance: best });
	}
	return out;
}

function referenceBusiest(themeAt: readonly number[], stanceAt: readonly number[], sentences: number): number {
	const score = new Array<number>(sentences).fill(0);
	for (const s of [...themeAt, ...stanceAt]) score[s]++;
	const most = Math.max(0, ...score);
	return most === 0 ? -1 : score.indexOf(most);
}

describe('theme counts', () => {
	// Cues at ascending offsets, each a theme or a stance; sentence ends ascending, the last past every cue.
	const cue = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.oneof(fc.constantFrom('peace', 'climate', 'women', 'sanctions', 'health'), fc.constantFrom(...STANCES)));
	const statement = fc.tuple(fc.array(cue, { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 12 })).map(([cs, gaps]) => {
		let offset = 0;
		const themeCues: Cue[] = [], stanceCues: Cue[] = [];
		for (const [step, value] of cs) {
			offset += step;
			const span = { start: offset, end: offset + 3 };
			if ((STANCES as readonly string[]).includes(value)) stanceCues.push({ span, stance: value as Stance });
			else themeCues.push({ span, theme: value });
		}
		let end = 0;
		const ends = gaps.map(g => (end += g));
		ends.push(Math.max(end, offset) + 5);
		return { themeCues, stanceCues, ends };
	});

	it('ranks the themes that recur as counting them in a map does', () => {
		fc.assert(fc.property(statement, fc.boolean(), ({ themeCues }, long) => {
			assert.deepEqual(rankedThemes(themeCues, long), referenceRanked(themeCues, long));
		}), { numRuns: 3000 });
	});

	it('gives each theme the stance a table of sentences gives it, and finds the same busiest sentence', () => {
		fc.assert(fc.property(statement, fc.boolean(), ({ themeCues, stanceCues, ends }, long) => {
			const themes = rankedThemes(themeCues, long);
			const themeAt = sentencesOf(themeCues, ends), stanceAt = sentencesOf(stanceCues, ends);
			assert.deepEqual(themeStances(themes, themeCues, themeAt, stanceCues, stanceAt), referenceStances(themes, themeCues, themeAt, stanceCues, stanceAt, ends.length));
			assert.equal(busiestSentence(themeAt, stanceAt), referenceBusiest(themeAt, stanceAt, ends.length));
		}), { numRuns: 3000 });
	});
});
