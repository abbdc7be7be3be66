/**
 * The rules of `src/lib/typography/rules.ts`, case by case, through the three places that read
 * them: the build's transform, the check on built pages and the content linter. Each case is a
 * text a contributor may type, what the transform makes of it, and which linter rule (if any)
 * asks the contributor to fix it in the source. For every case: the typographed text holds no
 * slip; the typed text holds one exactly when the transform changes it; the linter reports the
 * typed text under that rule and nothing on the typographed one.
 */
import { describe, expect, it } from 'vitest';
import { lint, readSource } from '../../src/lib/content-lint/index.ts';
import { frenchTypography, NBSP, NNBSP } from '../../src/lib/typography/french.ts';
import { proseSlips } from '../../src/lib/typography/check.ts';
import type { LintedRule } from '../../src/lib/typography/rules.ts';

const o = `«${NNBSP}`;
const c = `${NNBSP}»`;

const CASES: [typed: string, typographed: string, linter: LintedRule | undefined][] = [
	// already right: nothing to do anywhere
	[`Une question${NNBSP}? Oui${NBSP}: ${o}bien${c}.`, `Une question${NNBSP}? Oui${NBSP}: ${o}bien${c}.`, undefined],
	// a colon glued to a number: « 2024: bilan » (the linter, the build and the check once disagreed)
	['Le point 2024: bilan.', `Le point 2024${NBSP}: bilan.`, 'espace-ponctuation'],
	// a colon glued to a word
	['Note: voici.', `Note${NBSP}: voici.`, 'espace-ponctuation'],
	// a run of marks glued to its word takes one space before the run
	['Vraiment?!', `Vraiment${NNBSP}?!`, 'espace-ponctuation'],
	// a space typed before the marks: the build makes it the right one, the contributor has nothing to fix
	['Pourquoi ? Parce que ; enfin !', `Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}!`, undefined],
	['Note : ceci', `Note${NBSP}: ceci`, undefined],
	// straight quotes
	['Il dit "bonjour" et part.', `Il dit ${o}bonjour${c} et part.`, 'guillemets'],
	// English quotes
	['Il dit \u201Cbonjour\u201D.', `Il dit ${o}bonjour${c}.`, 'guillemets'],
	// guillemets without their inner spaces
	['Il dit «bonjour».', `Il dit ${o}bonjour${c}.`, 'guillemets'],
	// guillemets with ordinary spaces: fixed by the build
	['Il dit « bonjour ».', `Il dit ${o}bonjour${c}.`, undefined],
	// a straight apostrophe
	["l'assistante d'aujourd'hui", 'l’assistante d’aujourd’hui', 'apostrophe-droite'],
	// three dots
	['Et ensuite...', 'Et ensuite…', undefined],
	// times, ratios and addresses keep their marks
	['à 12:30, ratio 2:1, https://exemple.fr/a?b=1;c=2', 'à 12:30, ratio 2:1, https://exemple.fr/a?b=1;c=2', undefined],
	// a mark quoted on its own keeps the guillemets' narrow spaces
	['« : » et « ; »', `${o}:${c} et ${o};${c}`, undefined],
];

/** The typography reports of the linter on a page holding `text`. */
function linterRules(text: string): string[] {
	const file = readSource('content/docs/essai.mdx', `---\ntitle: Essai\ndescription: Une page d’essai.\n---\n\n${text}\n`);
	const typographic = new Set<string>(['espace-ponctuation', 'guillemets', 'apostrophe-droite']);
	return [...new Set(lint([file]).map((report) => report.rule.id as string))].filter((id) => typographic.has(id));
}

describe.each(CASES)('%j', (typed, typographed, linter) => {
	it('is what the transform writes, and the transform leaves that alone', () => {
		expect(frenchTypography(typed)).toBe(typographed);
		expect(frenchTypography(typographed)).toBe(typographed);
	});

	it('holds a slip on a built page exactly when the transform changes it', () => {
		expect(proseSlips(`<p>${typographed}</p>`)).toEqual([]);
		expect(proseSlips(`<p>${typed}</p>`).length > 0).toBe(typed !== typographed);
	});

	it(linter ? `is reported by the linter as ${linter}` : 'is not the contributor’s to fix', () => {
		expect(linterRules(typed)).toEqual(linter ? [linter] : []);
		expect(linterRules(typographed)).toEqual([]);
	});
});
