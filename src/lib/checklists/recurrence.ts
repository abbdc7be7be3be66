/** How the site names the recurrence of a checklist (RECURRENCES in src/schemas/checklists.ts). */
import type { RECURRENCES } from '../../schemas/checklists.ts';

export const RECURRENCE_LABELS: Record<(typeof RECURRENCES)[number], string> = {
	hebdomadaire: 'À refaire chaque semaine',
	mensuelle: 'À refaire chaque mois',
	trimestrielle: 'À refaire chaque trimestre',
};
