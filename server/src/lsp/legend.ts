/**
 * The semantic token legend: one constant that the server advertises, the token computation
 * indexes into and the client's `semanticTokenTypes` contribution must name identically.
 */
import { SemanticTokensLegend } from 'vscode-languageserver/node';

/** Custom token types, in legend order. Each has a standard superType in the client's package.json. */
export const TOKEN_TYPES = ['speaker', 'institution', 'state', 'themeCue', 'stanceCue', 'heading'] as const;

/** Token modifiers, in legend order (bit i of the modifier set is TOKEN_MODIFIERS[i]). */
export const TOKEN_MODIFIERS = ['chair', 'annotated', 'acronym', 'definition'] as const;

export type TokenType = typeof TOKEN_TYPES[number];
export type TokenModifier = typeof TOKEN_MODIFIERS[number];

export const LEGEND: SemanticTokensLegend = {
	tokenTypes: [...TOKEN_TYPES],
	tokenModifiers: [...TOKEN_MODIFIERS],
};

/** The legend index of a token type. */
export function typeIndex(type: TokenType): number {
	return TOKEN_TYPES.indexOf(type);
}

/** The modifier bit set of some modifiers. */
export function modifierBits(...modifiers: TokenModifier[]): number {
	let bits = 0;
	for (const m of modifiers) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
	return bits;
}
