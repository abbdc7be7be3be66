/** Small download jobs for the tests, with inputs as the build gathers them. */
import type { ChecklistInput, DownloadJob, TemplateInput } from '../../src/lib/downloads/documents.ts';

export function checklistInput(id: string, changes: Partial<ChecklistInput> = {}): ChecklistInput {
	return {
		id,
		title: 'Préparer le comité',
		summary: 'Chaque semaine, pour un comité sans surprise.',
		version: 1,
		items: [
			{ id: 'a', label: 'Relire l’ordre du jour.', help: 'La veille.', group: 'Avant la réunion' },
			{ id: 'b', label: 'Noter les décisions.', group: 'Pendant la réunion' },
		],
		guideTitle: 'La posture de partenaire',
		guideAddress: 'https://partenaire.example/guides/posture-partenaire/',
		audiences: 'assistantes et assistants',
		reviewed: '23 novembre 2026',
		reviewedDate: '2026-11-23T00:00:00.000Z',
		organisation: 'Partenaire',
		accentColor: '#0b6e69',
		pageAddress: `https://partenaire.example/checklists/${id}/`,
		...changes,
	};
}

export function checklistJob(id: string, changes: Partial<ChecklistInput> = {}): DownloadJob {
	return { kind: 'checklist-pdf', params: { id }, input: checklistInput(id, changes) };
}

export function templateInput(changes: Partial<TemplateInput> = {}): TemplateInput {
	return {
		template: {
			title: 'Compte rendu',
			blocks: [
				{ type: 'heading', depth: 2, text: 'Décisions' },
				{ type: 'list', ordered: false, start: 1, items: [[{ type: 'paragraph', runs: [{ text: 'Qui fait quoi' }] }]] },
			],
			markdown: '## Décisions\n\n- Qui fait quoi',
		},
		description: 'Un compte rendu en une page.',
		organisation: 'Partenaire',
		accentColor: '#0b6e69',
		pageAddress: 'https://partenaire.example/modeles/compte-rendu/',
		date: '2026-11-23T00:00:00.000Z',
		pageTitle: 'Compte rendu de réunion',
		...changes,
	};
}
