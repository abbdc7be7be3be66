/**
 * The fonts embedded in every PDF: Inter, as full TTF files from the `@expo-google-fonts/inter`
 * package. TTF because pdfkit's subsetter crashes on WOFF2; Inter because it holds every French
 * character, the narrow no-break space U+202F included (checked by tests/unit/pdf-fonts.test.ts),
 * so the PDFs carry the same typography as the pages.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
	regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
	italic: require.resolve('@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf'),
	semibold: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
	bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;

/** What pdfkit accepts as a font: a parsed fontkit font is one (anything with `layout`). */
export type ParsedFont = { layout: (...args: unknown[]) => unknown };

let parsed: Record<FontName, ParsedFont> | undefined;

/**
 * The fonts parsed once per build and shared by every PDF: parsing Inter's tables is most of the
 * cost of a one-page PDF. Parsed with the fontkit that pdfkit itself uses.
 */
export function parsedFonts(): Record<FontName, ParsedFont> {
	if (!parsed) {
		const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { openSync(path: string): ParsedFont };
		parsed = {
			regular: fontkit.openSync(FONT_FILES.regular),
			italic: fontkit.openSync(FONT_FILES.italic),
			semibold: fontkit.openSync(FONT_FILES.semibold),
			bold: fontkit.openSync(FONT_FILES.bold),
		};
	}
	return parsed;
}
