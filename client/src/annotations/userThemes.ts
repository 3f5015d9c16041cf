/**
 * A workspace's own theme vocabulary (schemas/user-themes.schema.json): data only, merged with the
 * built-in themes. Broader/narrower links are checked (unknown ids, cycles) and reported, not fatal.
 */
import { isAbsolute, join } from 'node:path';
import { FileProblem, MAX_FILE_BYTES, problemAtStart } from './model';
import { parseYamlSafely } from './parse';
import { rangeOfPath, validateAgainstSchema } from './validate';

export interface ThemeEntry {
	id: string;
	label: string;
	description?: string;
	/** The broader theme's id, if any. */
	broader?: string;
	/** Plain phrases, matched literally. */
	cues?: string[];
	/** True for a theme from the user's vocabulary. */
	user: boolean;
}

export interface UserThemesResult {
	themes: ThemeEntry[];
	problems: FileProblem[];
}

/**
 * The user vocabulary files to load: `setting` (workspace-relative) in each workspace folder.
 * None in an untrusted workspace (Restricted Mode loads nothing user-supplied) and none for a
 * setting that is absolute or climbs out of its folder with `..`.
 */
export function userThemeFiles(setting: string, folders: readonly string[], trusted: boolean): string[] {
	if (!trusted || !setting || isAbsolute(setting) || setting.startsWith('/') || setting.split(/[\\/]/).includes('..')) return [];
	return folders.map(folder => join(folder, setting));
}

/** Parses a user theme file. Returns no themes (and the problems) when it cannot be used. */
export function parseUserThemes(text: string, builtInIds: ReadonlySet<string> = new Set()): UserThemesResult {
	if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) return { themes: [], problems: [problemAtStart('The theme file is too large; it is not read.')] };
	const { doc, lines, data, problems } = parseYamlSafely(text);
	if (problems.some(p => p.severity === 'error')) return { themes: [], problems };
	const schemaProblems = validateAgainstSchema('userThemes', data, doc, lines);
	if (schemaProblems.length) return { themes: [], problems: [...problems, ...schemaProblems] };

	const raw = (data as { themes: { id: string; label: string; description?: string; broader?: string; narrower?: string[]; cues?: string[] }[] }).themes;
	const themes = new Map<string, ThemeEntry>();
	raw.forEach((t, i) => {
		if (themes.has(t.id) || builtInIds.has(t.id)) {
			problems.push({ severity: 'warning', message: `Theme id "${t.id}" is defined twice (or is a built-in theme); the first is used.`, ...rangeOfPath(doc, lines, ['themes', i, 'id']) });
			return;
		}
		themes.set(t.id, { id: t.id, label: t.label, description: t.description, broader: t.broader, cues: t.cues, user: true });
	});
	// `narrower` is the inverse of `broader`: fold it in so there is one link to follow.
	raw.forEach(t => t.narrower?.forEach(n => { const child = themes.get(n); if (child && !child.broader) child.broader = t.id; }));
	const known = (id: string) => themes.has(id) || builtInIds.has(id);
	raw.forEach((t, i) => {
		const entry = themes.get(t.id);
		if (entry?.broader && !known(entry.broader)) {
			problems.push({ severity: 'warning', message: `Broader theme "${entry.broader}" is not defined.`, ...rangeOfPath(doc, lines, ['themes', i, 'broader']) });
			delete entry.broader;
		}
	});
	for (const entry of themes.values()) {
		const seen = new Set<string>([entry.id]);
		for (let up = entry.broader; up; up = themes.get(up)?.broader) {
			if (seen.has(up)) {
				problems.push({ ...problemAtStart(`Themes form a cycle through "${entry.id}"; its broader link is ignored.`, 'warning') });
				delete entry.broader;
				break;
			}
			seen.add(up);
		}
	}
	return { themes: [...themes.values()], problems };
}

/** The ids of a theme and all its ancestors, nearest first. */
export function ancestorsOf(id: string, themes: ReadonlyMap<string, { broader?: string }>): string[] {
	const out: string[] = [];
	for (let up = themes.get(id)?.broader; up && !out.includes(up); up = themes.get(up)?.broader) out.push(up);
	return out;
}
