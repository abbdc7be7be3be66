/**
 * The fonts embedded in every PDF: Inter, as full TTF files from the `@expo-google-fonts/inter`
 * package. TTF because pdfkit's subsetter crashes on WOFF2; Inter because it holds every French
 * character, the narrow no-break space U+202F included (checked by tests/unit/pdf-fonts.test.ts),
 * so the PDFs carry the same typography as the pages.
 */
import { createRequire } from 'node:module';
import { quickenShaping } from './shaping.ts';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
	regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
	italic: require.resolve('@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf'),
	semibold: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
	bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;

/** What pdfkit accepts as a font: a parsed fontkit font is one (anything with `layout`). */
export type ParsedFont = { layout: (...args: unknown[]) => unknown; glyphForCodePoint: (codePoint: number) => unknown };

/**
 * The characters French text uses: ASCII, Latin-1 and Latin Extended-A, general punctuation (dashes,
 * quotes, ellipsis, the narrow no-break space), the euro sign.
 */
const TEXT_RANGES: [number, number][] = [
	[0x20, 0x7e],
	[0xa0, 0x17f],
	[0x2010, 0x2044],
	[0x202f, 0x202f],
	[0x20ac, 0x20ac],
];

/**
 * fontkit keeps one glyph object per glyph id, with the characters of its first request. Writing a
 * PDF's font subset requests the components of composite glyphs without characters (Inter draws
 * « : » from two « . »), so a later PDF would find « . » mapped to no character and its text would
 * lose every period when copied or read aloud. Asking each character's glyph first gives every
 * glyph its characters before any subset is written (tests/unit/pdf-checklist-sheet.test.ts).
 */
function withCharacters(font: ParsedFont): ParsedFont {
	for (const [first, last] of TEXT_RANGES) for (let code = first; code <= last; code++) font.glyphForCodePoint(code);
	return font;
}

/** A font ready for the PDFs: its glyphs given their characters, its shaping sped up (shaping.ts). */
function prepared(fontkit: { openSync(path: string): ParsedFont }, file: string): ParsedFont {
	return quickenShaping(withCharacters(fontkit.openSync(file)));
}

let parsed: Record<FontName, ParsedFont> | undefined;

/**
 * The fonts parsed once per build and shared by every PDF: parsing Inter's tables is most of the
 * cost of a one-page PDF. Parsed with the fontkit that pdfkit itself uses.
 */
export function parsedFonts(): Record<FontName, ParsedFont> {
	if (!parsed) {
		const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { openSync(path: string): ParsedFont };
		parsed = {
			regular: prepared(fontkit, FONT_FILES.regular),
			italic: prepared(fontkit, FONT_FILES.italic),
			semibold: prepared(fontkit, FONT_FILES.semibold),
			bold: prepared(fontkit, FONT_FILES.bold),
		};
	}
	return parsed;
}
