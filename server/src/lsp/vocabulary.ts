/**
 * Labels and descriptions of themes, and the groups each state belongs to, read from the engine's
 * data files (`server/data/themes.json`, `server/data/states.json`) when they exist. Kept in one
 * small accessor so that it is easy to switch to a core module once the engine exports one; until
 * then a missing or malformed file yields humanised ids and no groups, never an error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ThemeInfo {
	readonly id: string;
	readonly label: string;
	readonly description: string | null;
}

let themes: Map<string, ThemeInfo> | undefined;
let groups: Map<string, readonly string[]> | undefined;

/** The label and description of a theme id; a humanised id when the vocabulary does not know it. */
export function themeInfo(id: string): ThemeInfo {
	themes ??= loadThemes();
	return themes.get(id) ?? { id, label: humanise(id), description: null };
}

/** The regional or negotiating groups of a state (by UN short name); empty when unknown. */
export function stateGroups(state: string): readonly string[] {
	groups ??= loadGroups();
	return groups.get(state.toLowerCase()) ?? [];
}

function humanise(id: string): string {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function loadThemes(): Map<string, ThemeInfo> {
	const map = new Map<string, ThemeInfo>();
	for (const entry of entries(readData('themes.json'), 'themes')) {
		const id = str(entry.id);
		if (!id) continue;
		map.set(id, { id, label: str(entry.label) ?? humanise(id), description: str(entry.description) ?? null });
	}
	return map;
}

function loadGroups(): Map<string, readonly string[]> {
	const map = new Map<string, readonly string[]>();
	for (const entry of entries(readData('states.json'), 'states')) {
		const name = str(entry.name);
		const list = Array.isArray(entry.groups) ? entry.groups.filter((g): g is string => typeof g === 'string') : [];
		if (name && list.length > 0) map.set(name.toLowerCase(), list);
	}
	return map;
}

/** The entries of a data file that is either an array, `{ key: [...] }` or `{ id: entry }`. */
function entries(data: unknown, key: string): Record<string, unknown>[] {
	if (Array.isArray(data)) return data.filter(isRecord);
	if (!isRecord(data)) return [];
	const inner = data[key];
	if (Array.isArray(inner)) return inner.filter(isRecord);
	// A map keyed by id: fold the key in as `id` (and `name`) where the entry lacks them.
	return Object.entries(isRecord(inner) ? inner : data)
		.filter((kv): kv is [string, Record<string, unknown>] => isRecord(kv[1]))
		.map(([k, v]) => ({ id: k, name: k, ...v }));
}

/** Looks for the data folder next to the bundle (server/out) and next to the sources (server/src/lsp). */
function readData(file: string): unknown {
	for (const dir of [path.join(__dirname, '..', 'data'), path.join(__dirname, '..', '..', 'data')]) {
		try {
			return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
		} catch {
			// Absent or malformed here: try the next place.
		}
	}
	return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
	return typeof v === 'string' && v.length > 0 ? v : undefined;
}
