/**
 * The engine keeps the memory of the longest text it analysed for the next one (see core's
 * dropScratch): tens of megabytes after a long record. The server lets it go once no analysis has
 * run for a while, as an editor that has settled on a document re-analyses only edited statements.
 */
import { Analysis } from '../core/model';
import { dropScratch } from '../core/analyze';

/** Quiet time after the last analysis before the engine's kept memory is let go (ms). */
export const IDLE_RELEASE_MS = 30_000;

/**
 * `analyze`, with the engine's kept memory let go (by `drop`) once `idleMs` have passed since the
 * last call. The timer does not keep the process alive.
 */
export function releasingWhenIdle(analyze: (text: string) => Analysis, idleMs = IDLE_RELEASE_MS,
	drop: () => void = dropScratch): (text: string) => Analysis {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return text => {
		try {
			return analyze(text);
		} finally {
			clearTimeout(timer);
			timer = setTimeout(drop, idleMs);
			timer.unref?.();
		}
	};
}
