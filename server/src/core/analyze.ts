import { Analysis, EMPTY_ANALYSIS } from './model';

export interface AnalyzeOptions {
	/** Extra theme vocabulary supplied by the user (data only). */
	readonly extraThemes?: readonly unknown[];
}

/** Analyses one text. Returns EMPTY_ANALYSIS for text that is not a UN meeting text. */
export function analyze(_text: string, _options: AnalyzeOptions = {}): Analysis {
	return EMPTY_ANALYSIS;
}
