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
	const ranked: [string, number][] = [];
	let last: [string, number] | undefined;
	for (const c of themeCues) {
		const theme = c.theme!;
		if (last?.[0] !== theme) {
			last = undefined;
			for (let k = ranked.length - 1; k >= 0; k--) if (ranked[k][0] === theme) { last = ranked[k]; break; }
			if (!last) ranked.push(last = [theme, 0]);
		}
		last[1]++;
	}
	ranked.sort((a, b) => b[1] - a[1]);
	const top = ranked[0]?.[1] ?? 0;
	// A theme mentioned once in a long statement is a passing reference, not what it is about.
	const min = Math.max(1, Math.ceil(top / 3), longStatement ? 2 : 1);
	return ranked.filter(([, n]) => n >= min).slice(0, MAX_THEMES).map(([id]) => id);
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
 * to the stance cued first); themes with no stance cue beside them have none.
 */
export function themeStances(themes: readonly string[], themeCues: readonly Cue[], themeAt: readonly number[], stanceCues: readonly Cue[], stanceAt: readonly number[], sentenceCount: number): ThemeStance[] {
	if (!stanceCues.length || !themes.length) return [];
	// The top themes cued in each sentence, a bit per theme (there are at most three).
	const cuedIn: number[] = new Array(sentenceCount).fill(0);
	for (let c = 0; c < themeCues.length; c++) {
		const t = themes.indexOf(themeCues[c].theme!);
		if (t >= 0) cuedIn[themeAt[c]] |= 1 << t;
	}
	const votes: (Map<Stance, number> | undefined)[] = themes.map(() => undefined);
	for (let c = 0; c < stanceCues.length; c++) {
		const stance = stanceCues[c].stance!;
		const cued = cuedIn[stanceAt[c]];
		if (cued === 0) continue;
		for (let t = 0; t < themes.length; t++) {
			if ((cued & (1 << t)) === 0) continue;
			const m = votes[t] ??= new Map();
			m.set(stance, (m.get(stance) ?? 0) + 1);
		}
	}
	const stances: ThemeStance[] = [];
	themes.forEach((theme, t) => {
		const m = votes[t];
		if (!m) return;
		const [stance] = [...m].sort((a, b) => b[1] - a[1])[0];
		stances.push({ theme, stance });
	});
	return stances;
}

/** The sentence holding the most cues of either kind (the first of equals), or -1 when there are no cues. */
export function busiestSentence(themeAt: readonly number[], stanceAt: readonly number[], sentenceCount: number): number {
	const score: number[] = new Array(sentenceCount).fill(0);
	for (const s of themeAt) score[s]++;
	for (const s of stanceAt) score[s]++;
	let best = -1, bestScore = 0;
	for (let s = 0; s < sentenceCount; s++) if (score[s] > bestScore) { best = s; bestScore = score[s]; }
	return best;
}
