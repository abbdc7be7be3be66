/** The PDFs share the shaping of words across documents, without changing a byte of them. */
import { describe, expect, it } from 'vitest';
import { renderChecklistPdf, type ChecklistSheet } from '../../src/lib/pdf/checklist-pdf.ts';
import { forgetShapedWords, shapedWordCount } from '../../src/lib/pdf/document.ts';

const sheet = (title: string): ChecklistSheet => ({
	id: 'essai',
	title,
	summary: 'Pour vérifier que les mots déjà mis en forme servent à tous les PDF.',
	version: 1,
	items: [{ id: 'relire', label: 'Relire l’ordre du jour avec la dirigeante.', help: 'La veille, en cinq minutes.' }],
	guideTitle: 'La posture de partenaire',
	audiences: 'assistantes et assistants',
	reviewed: '23 novembre 2026',
	reviewedDate: new Date('2026-11-23T00:00:00Z'),
	organisation: 'Partenaire',
	accentColor: '#0b6e69',
	pageAddress: 'https://partenaire.example/checklists/essai/',
});

describe('shaped words shared by the PDFs of a build', () => {
	it('shapes a word once, whatever the number of PDFs that use it', async () => {
		await renderChecklistPdf(sheet('Préparer la semaine'));
		const afterFirst = shapedWordCount('regular');
		expect(afterFirst).toBeGreaterThan(0);
		await renderChecklistPdf(sheet('Préparer la semaine'));
		expect(shapedWordCount('regular')).toBe(afterFirst);
		await renderChecklistPdf(sheet('Préparer le mois'));
		expect(shapedWordCount('bold')).toBeGreaterThan(0);
	});

	it('gives a sheet the same bytes alone as after other PDFs shaped its words', async () => {
		// Alone: nothing shared yet, every word of the sheet shaped for it, as without sharing.
		forgetShapedWords();
		const alone = await renderChecklistPdf(sheet('Une fiche neuve'));
		// Other sheets that share most of its words fill the cache, then the same sheet again.
		forgetShapedWords();
		await renderChecklistPdf(sheet('Une autre fiche'));
		await renderChecklistPdf(sheet('Une fiche de plus, neuve aussi'));
		const afterOthers = await renderChecklistPdf(sheet('Une fiche neuve'));
		expect(Buffer.from(afterOthers).equals(Buffer.from(alone))).toBe(true);
	});
});
