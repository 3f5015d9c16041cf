/**
 * The counting behind a statement's themes and stances, once its cues are found: which themes
 * recur, which stance each top theme draws from the sentences it shares with stance cues, and which
 * sentence holds the most cues. Sentences are numbered by the ascending list of their end offsets.
 */
import { Cue, Stance, ThemeStance } from './model';

const MAX_THEMES = 3;

/** The themes that recur among `themeCues`, most cued first (ties in order of first cue), at most three. */
export function rankedThemes(themeCues: readonly Cue[], longStatement: boolean): string[] {
	// A statement cues a handful of themes: a list searched from its end beats a Map here.
	const ids: string[] = [], counts: number[] = [];
	let last = -1;
	for (const c of themeCues) {
		const theme = c.theme!;
		if (last < 0 || ids[last] !== theme) {
			// A loop, not lastIndexOf: the list is a few themes long, shorter than a call of a builtin.
			last = ids.length - 1;
			while (last >= 0 && ids[last] !== theme) last--;
			if (last < 0) { last = ids.length; ids.push(theme); counts.push(0); }
		}
		counts[last]++;
	}
	// Insertion sort, stable as the ties need, and with no call per comparison on lists this short.
	for (let k = 1; k < ids.length; k++) {
		const id = ids[k], n = counts[k];
		let j = k;
		for (; j > 0 && counts[j - 1] < n; j--) { ids[j] = ids[j - 1]; counts[j] = counts[j - 1]; }
		ids[j] = id;
		counts[j] = n;
	}
	const top = counts.length ? counts[0] : 0;
	// A theme mentioned once in a long statement is a passing reference, not what it is about.
	const min = Math.max(1, Math.ceil(top / 3), longStatement ? 2 : 1);
	let kept = 0;
	while (kept < ids.length && kept < MAX_THEMES && counts[kept] >= min) kept++;
	ids.length = kept;
	return ids;
}

/**
 * The sentence of each cue: the first sentence ending after the cue begins (the last sentence if
 * none does). Cues come in text order, so one forward pass finds them all.
 */
export function sentencesOf(cues: readonly Cue[], ends: readonly number[]): number[] {
	const out: number[] = new Array(cues.length);
	let k = 0;
	for (let c = 0; c < cues.length; c++) {
		const offset = cues[c].span.start;
		while (k < ends.length - 1 && ends[k] <= offset) k++;
		out[c] = k;
	}
	return out;
}

/**
 * For each of `themes`, the stance most often cued in the sentences where the theme is cued (ties
 * to the stance cued first); themes with no stance cue beside them have none. The sentences of
 * both kinds of cue ascend, so one pass over the two lists pairs them.
 */
export function themeStances(themes: readonly string[], themeCues: readonly Cue[], themeAt: readonly number[], stanceCues: readonly Cue[], stanceAt: readonly number[]): ThemeStance[] {
	if (!stanceCues.length || !themes.length) return [];
	// Per theme, the stances voted for in the order first voted, and their votes.
	const voted: Stance[][] = themes.map(() => []), votes: number[][] = themes.map(() => []);
	let c = 0, sentence = -1, cued = 0;
	for (let s = 0; s < stanceCues.length; s++) {
		if (stanceAt[s] !== sentence) {
			// The top themes cued in this sentence, a bit per theme (there are at most three).
			sentence = stanceAt[s];
			cued = 0;
			while (c < themeCues.length && themeAt[c] < sentence) c++;
			for (let d = c; d < themeCues.length && themeAt[d] === sentence; d++) {
				const theme = themeCues[d].theme!;
				for (let t = 0; t < themes.length; t++) if (themes[t] === theme) { cued |= 1 << t; break; }
			}
		}
		if (cued === 0) continue;
		const stance = stanceCues[s].stance!;
		for (let t = 0; t < themes.length; t++) {
			if ((cued & (1 << t)) === 0) continue;
			const k = voted[t].indexOf(stance);
			if (k >= 0) votes[t][k]++;
			else { voted[t].push(stance); votes[t].push(1); }
		}
	}
	const stances: ThemeStance[] = [];
	for (let t = 0; t < themes.length; t++) {
		if (!voted[t].length) continue;
		let best = 0;
		for (let k = 1; k < votes[t].length; k++) if (votes[t][k] > votes[t][best]) best = k;
		stances.push({ theme: themes[t], stance: voted[t][best] });
	}
	return stances;
}

/**
 * The sentence holding the most cues of either kind (the first of equals), or -1 when there are no
 * cues. Both lists of sentences ascend: the cues of a sentence are counted as a run of each.
 */
export function busiestSentence(themeAt: readonly number[], stanceAt: readonly number[]): number {
	let a = 0, b = 0, best = -1, bestScore = 0;
	while (a < themeAt.length || b < stanceAt.length) {
		const sentence = b === stanceAt.length || (a < themeAt.length && themeAt[a] < stanceAt[b]) ? themeAt[a] : stanceAt[b];
		let score = 0;
		for (; a < themeAt.length && themeAt[a] === sentence; a++) score++;
		for (; b < stanceAt.length && stanceAt[b] === sentence; b++) score++;
		if (score > bestScore) { best = sentence; bestScore = score; }
	}
	return best;
}
