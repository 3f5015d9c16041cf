/** The quick picks of tagging: themes (multi-select), stance, note. Each returns undefined on Escape. */
import * as vscode from 'vscode';
import { STANCE_IDS, StanceId } from '../annotations/model';
import { ThemeRegistry } from '../themeRegistry';

export interface TagChoice {
	themes: string[];
	stance: StanceId | null;
	note: string | null;
}

/** Asks for themes, then stance, then note; starts from `current` when editing. */
export async function pickTags(themes: ThemeRegistry, current?: TagChoice): Promise<TagChoice | undefined> {
	type ThemePick = vscode.QuickPickItem & { id: string };
	const items: ThemePick[] = themes.all.map(t => ({
		id: t.id, label: t.user ? `$(tag) ${t.label}` : t.label, detail: t.description,
		description: [t.id, t.user ? 'your theme' : null, t.broader ? `under ${themes.label(t.broader)}` : null].filter(Boolean).join(' · '),
		picked: current?.themes.includes(t.id) ?? false,
	}));
	// Themes in the file but not in any vocabulary any more stay offered, so editing never drops them silently.
	for (const id of current?.themes ?? []) if (!items.some(i => i.id === id)) items.push({ id, label: id, description: 'not in the vocabulary', picked: true });
	const chosen = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Tag statement: themes', placeHolder: 'Choose one or more themes', matchOnDescription: true, matchOnDetail: true });
	if (!chosen || chosen.length === 0) return undefined;

	type StancePick = vscode.QuickPickItem & { stance: StanceId | null };
	const stanceItems: StancePick[] = [{ label: 'No stance', stance: null }, ...STANCE_IDS.map(s => ({ label: s, stance: s, picked: current?.stance === s }))];
	const stance = await vscode.window.showQuickPick(stanceItems, { title: 'Tag statement: stance (optional)', placeHolder: current?.stance ?? 'No stance' });
	if (!stance) return undefined;

	const note = await vscode.window.showInputBox({ title: 'Tag statement: note (optional)', value: current?.note ?? '', prompt: 'A short note; leave empty for none' });
	if (note === undefined) return undefined;
	return { themes: chosen.map(c => c.id), stance: stance.stance, note: note.trim() || null };
}
