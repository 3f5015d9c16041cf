/**
 * Settings under `diplomaticAnnotator`, pulled from the client per resource with
 * workspace/configuration and cached until the client reports a change.
 */
import { Connection } from 'vscode-languageserver/node';

export interface Settings {
	semanticHighlighting: { enabled: boolean };
	hover: { enabled: boolean };
	outline: { enabled: boolean };
	workspaceIndex: { enabled: boolean; maxFileSizeMB: number };
}

export const DEFAULT_SETTINGS: Settings = {
	semanticHighlighting: { enabled: true },
	hover: { enabled: true },
	outline: { enabled: true },
	workspaceIndex: { enabled: true, maxFileSizeMB: 8 },
};

export const SETTINGS_SECTION = 'diplomaticAnnotator';

/**
 * Settings per resource uri; asks the client once per uri until `clear()`. Editors that cannot be
 * asked (no workspace/configuration) may push settings with didChangeConfiguration instead.
 */
export class SettingsStore {
	private readonly cache = new Map<string, Promise<Settings>>();
	private pushed: Settings = DEFAULT_SETTINGS;
	/** Set from the client's capabilities at initialize. */
	supportsConfiguration = false;

	constructor(private readonly connection: Connection) {}

	/** The settings for a resource (or for the workspace when `uri` is undefined). Never rejects. */
	get(uri?: string): Promise<Settings> {
		if (!this.supportsConfiguration) return Promise.resolve(this.pushed);
		const key = uri ?? '';
		let pending = this.cache.get(key);
		if (!pending) {
			pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
				.then(normalize, () => DEFAULT_SETTINGS);
			this.cache.set(key, pending);
		}
		return pending;
	}

	/**
	 * Forgets cached settings (on didChangeConfiguration); `pushed` is that notification's
	 * `settings`, used only by clients that cannot be asked.
	 */
	clear(pushed?: unknown): void {
		this.cache.clear();
		if (!this.supportsConfiguration && typeof pushed === 'object' && pushed !== null) {
			this.pushed = normalize((pushed as Record<string, unknown>)[SETTINGS_SECTION]);
		}
	}

	/** Forgets the settings of one closed document. */
	forget(uri: string): void {
		this.cache.delete(uri);
	}
}

/** Settings from whatever the client sent, with defaults for missing or mistyped values. */
export function normalize(raw: unknown): Settings {
	const r = asRecord(raw);
	const section = (name: string) => asRecord(r[name]);
	const bool = (v: unknown, d: boolean) => typeof v === 'boolean' ? v : d;
	const index = section('workspaceIndex');
	const size = index.maxFileSizeMB;
	return {
		semanticHighlighting: { enabled: bool(section('semanticHighlighting').enabled, true) },
		hover: { enabled: bool(section('hover').enabled, true) },
		outline: { enabled: bool(section('outline').enabled, true) },
		workspaceIndex: {
			enabled: bool(index.enabled, true),
			maxFileSizeMB: typeof size === 'number' && size > 0 ? size : DEFAULT_SETTINGS.workspaceIndex.maxFileSizeMB,
		},
	};
}

function asRecord(v: unknown): Record<string, unknown> {
	return typeof v === 'object' && v !== null ? v as Record<string, unknown> : {};
}
