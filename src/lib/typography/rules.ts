/**
 * The rules of French typography, as data, read by the three places that apply them: the build's
 * transform (`french.ts`), the check on the built pages (`check.ts`) and the content linter
 * (`content-lint/rules/espace-ponctuation.ts`, `guillemets.ts`, `apostrophe-droite.ts`).
 *
 * Each rule says what the transform rewrites (`find` → `replace`, in this order), what a slip looks
 * like once the build has run (`slip`: the typographed text must hold none), and, when a
 * contributor must put it right in the source, under which linter rule (`lint`, with `typo`: what
 * the linter reports; any typed space is enough there, the build makes it the right one).
 */
export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Any space a contributor may type before punctuation: plain, no-break, narrow no-break. */
const TYPED_SPACE = `[ \\t${NBSP}${NNBSP}]`;
/** What a high punctuation mark follows when it ends a word: a letter, a digit, a closing sign, an ellipsis. */
const WORD_END = String.raw`[\p{L}\p{N})\]»…]`;
/** What follows a mark of prose: the end of the text, a space or a closing sign (« 14:30 » and « https: » stay). */
const MARK_END = String.raw`(?=$|[\s»)\]’"])`;
/** A straight quote opens after nothing, a space, an opening bracket or a dash; otherwise it closes. */
export const OPENING_CONTEXT = /^$|[\s([{\u2014\u2013/-]$/u;
const OPENS_AFTER = String.raw`(?<=^|[\s([{\u2014\u2013/-])`;

/** URLs and e-mail addresses keep every character as typed. */
export const PROTECTED = /\b(?:https?:\/\/|mailto:|www\.)[^\s«»"<>]*[^\s«»"<>.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export type LintedRule = 'espace-ponctuation' | 'guillemets' | 'apostrophe-droite';

export interface TypographyRule {
	/** What is wrong, in French, as the check on built pages reports it. */
	name: string;
	/** What the transform rewrites (global). */
	find: RegExp;
	replace: string;
	/** A slip left in typographed text. Default: `find`. */
	slip?: RegExp;
	/** The linter rule that asks the contributor to fix it, and what it looks for. Default pattern: `find`. */
	lint?: { rule: LintedRule; typo?: RegExp };
}

const pattern = (source: string) => new RegExp(source, 'gu');

export const TYPOGRAPHY_RULES: readonly TypographyRule[] = [
	{ name: 'trois points au lieu de …', find: /\.\.\./g, replace: '…' },
	// In French prose a straight apostrophe is always an apostrophe, never a quotation mark.
	{ name: "apostrophe droite ' au lieu de ’", find: /'/g, replace: '’', lint: { rule: 'apostrophe-droite' } },
	{
		name: 'guillemet anglais “ au lieu de «',
		find: /\u201C/g,
		replace: `«${NNBSP}`,
		lint: { rule: 'guillemets' },
	},
	{
		name: 'guillemet anglais ” au lieu de »',
		find: /\u201D/g,
		replace: `${NNBSP}»`,
		lint: { rule: 'guillemets' },
	},
	{
		name: 'guillemet droit " au lieu de «',
		find: pattern(`${OPENS_AFTER}"`),
		replace: `«${NNBSP}`,
		lint: { rule: 'guillemets', typo: /"/g },
	},
	{ name: 'guillemet droit " au lieu de »', find: /"/g, replace: `${NNBSP}»` },
	// Exactly one narrow no-break space inside guillemets, whatever was typed.
	{
		name: '« sans espace fine insécable après',
		find: pattern(`«${TYPED_SPACE}*`),
		replace: `«${NNBSP}`,
		slip: pattern(`«(?!${NNBSP})`),
		lint: { rule: 'guillemets', typo: pattern(`«(?!${TYPED_SPACE}|\\s)`) },
	},
	{
		name: '» sans espace fine insécable avant',
		find: pattern(`${TYPED_SPACE}*»`),
		replace: `${NNBSP}»`,
		slip: pattern(`(?<!${NNBSP})»`),
		lint: { rule: 'guillemets', typo: pattern(`(?<!${TYPED_SPACE}|\\s)»`) },
	},
	// « ; ! ? » take a narrow no-break space, « : » a full no-break one…
	{
		name: 'espace autre que fine insécable avant ; ! ?',
		find: pattern(`${TYPED_SPACE}+([;!?])`),
		replace: `${NNBSP}$1`,
		slip: pattern(`[ \\t${NBSP}][;!?]${MARK_END}`),
	},
	// …except a colon quoted on its own, « : », which keeps the guillemet's narrow space.
	{
		name: 'espace autre qu’insécable avant :',
		find: pattern(`(?<!«)${TYPED_SPACE}+:`),
		replace: `${NBSP}:`,
		slip: pattern(`(?<!«)[ \\t${NNBSP}]:${MARK_END}`),
	},
	{
		name: 'pas d’espace avant ; ! ?',
		find: pattern(`(?<=${WORD_END})([;!?]+)${MARK_END}`),
		replace: `${NNBSP}$1`,
		lint: { rule: 'espace-ponctuation' },
	},
	{
		name: 'pas d’espace avant :',
		find: pattern(`(?<=${WORD_END})(:)${MARK_END}`),
		replace: `${NBSP}$1`,
		lint: { rule: 'espace-ponctuation' },
	},
];

/** What the linter rule `rule` looks for in a contributor's prose: its rules' patterns, as one. */
export function lintPattern(rule: LintedRule): RegExp {
	const sources = TYPOGRAPHY_RULES.filter((entry) => entry.lint?.rule === rule).map(
		(entry) => (entry.lint?.typo ?? entry.find).source,
	);
	return new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'gu');
}
