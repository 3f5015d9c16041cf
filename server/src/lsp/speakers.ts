/**
 * Who is who in one analysis: speaker names and keys, statements grouped by speaker and by
 * delegation. Pure functions of the Analysis; the directory is built once per analysis.
 */
import { Analysis, Speaker, Statement } from '../core/model';

/** The speaker's display name: the person, else the title, else the delegation. */
export function speakerName(speaker: Speaker): string {
	return speaker.name ?? speaker.title ?? speaker.affiliation ?? 'Unknown speaker';
}

/** "Speaker (Affiliation)", the name of a statement in the Outline and the positions view. */
export function speakerKey(speaker: Speaker): string {
	const name = speakerName(speaker);
	return speaker.affiliation && speaker.affiliation !== name ? `${name} (${speaker.affiliation})` : name;
}

/** Statements grouped by speaker key and by delegation, in order of first appearance. */
export class SpeakerDirectory {
	readonly bySpeaker = new Map<string, Statement[]>();
	readonly byAffiliation = new Map<string, Statement[]>();
	/** Theme id → statements that address it (built-in themes). */
	readonly byTheme = new Map<string, Statement[]>();
	/** Heading index → statements in that section (-1: before any heading). */
	readonly bySection = new Map<number, Statement[]>();
	/** Lower-cased words of people's names (3+ letters) → speaker keys, for name mentions. */
	private readonly byNameWord = new Map<string, Set<string>>();

	constructor(analysis: Analysis) {
		for (const statement of analysis.statements) {
			const key = speakerKey(statement.speaker);
			push(this.bySpeaker, key, statement);
			const affiliation = statement.speaker.affiliation;
			if (affiliation) push(this.byAffiliation, affiliation.toLowerCase(), statement);
			for (const theme of statement.themes) push(this.byTheme, theme, statement);
			push(this.bySection, statement.section, statement);
			for (const word of nameWords(statement.speaker.name)) {
				let keys = this.byNameWord.get(word);
				if (!keys) this.byNameWord.set(word, keys = new Set());
				keys.add(key);
			}
		}
	}

	/** The statements of the speaker who made `statement`. */
	statementsOf(statement: Statement): readonly Statement[] {
		return this.bySpeaker.get(speakerKey(statement.speaker)) ?? [statement];
	}

	/** The statements made by a delegation (state, observer or organization); empty when none. */
	statementsOfDelegation(name: string): readonly Statement[] {
		return this.byAffiliation.get(name.toLowerCase()) ?? [];
	}

	/** The statements that address a theme; empty when none. */
	statementsOnTheme(theme: string): readonly Statement[] {
		return this.byTheme.get(theme) ?? [];
	}

	/** Speaker keys whose person's name contains `word` (e.g. a surname); empty when none. */
	speakersNamed(word: string): readonly string[] {
		return [...(this.byNameWord.get(word.toLowerCase()) ?? [])];
	}
}

/** The distinctive words of a person's name: capitalised, 3+ letters, not honorifics. */
export function nameWords(name: string | null): string[] {
	if (!name) return [];
	return name.split(/[\s,.]+/)
		.filter(w => w.length >= 3 && /^\p{Lu}/u.test(w) && !HONORIFICS.has(w.toLowerCase()))
		.map(w => w.toLowerCase());
}

const HONORIFICS = new Set(['mrs', 'miss', 'sir', 'dame', 'lord', 'lady', 'his', 'her', 'excellency', 'prince', 'princess', 'sheikh', 'archbishop']);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value); else map.set(key, [value]);
}
