/** svg-to-pdfkit ships no types: the one call src/lib/pdf/brand.ts makes. */
declare module 'svg-to-pdfkit' {
	export default function SVGtoPDF(
		doc: PDFKit.PDFDocument,
		svg: string,
		x: number,
		y: number,
		options?: {
			width?: number;
			height?: number;
			preserveAspectRatio?: string;
			assumePt?: boolean;
			fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
			warningCallback?: (message: string) => void;
		},
	): void;
}
