/**
 * Labels and descriptions of themes, and the groups each state belongs to, read through the
 * engine's built-in vocabulary (server/data, bundled at build time). Kept in one small accessor so
 * that the protocol layer has a single place to switch when user vocabularies reach the server.
 */
import { builtinVocabulary } from '../core/vocabulary';

export interface ThemeInfo {
	readonly id: string;
	readonly label: string;
	readonly description: string | null;
}

/** The label and description of a theme id; a humanised id when the vocabulary does not know it. */
export function themeInfo(id: string): ThemeInfo {
	const theme = builtinVocabulary().theme(id);
	return theme ? { id, label: theme.label, description: theme.description || null } : { id, label: humanise(id), description: null };
}

/** The regional or negotiating groups of a state (by UN name or variant); empty when unknown. */
export function stateGroups(state: string): readonly string[] {
	return builtinVocabulary().stateByName(state)?.groups ?? [];
}

function humanise(id: string): string {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Compiles the engine's vocabulary now (it takes a large part of a second), so that the first
 * document opened does not pay for it. Errors surface later, on the first analysis, where they are
 * handled.
 */
export function warmUpVocabulary(): void {
	try {
		builtinVocabulary();
	} catch {
		// Reported when a document is analysed.
	}
}
