/** The contributor error for a <Checklist id="…" /> whose YAML file does not exist. */
import { ContributorError } from '../contributor-errors.ts';

export function unknownChecklistError(file: string, id: string): ContributorError {
	return new ContributorError(
		file,
		[{ field: '<Checklist> id', message: `aucune checklist « ${id} » : le fichier content/checklists/${id}.yaml n’existe pas.` }],
		'checklist-inconnue',
	);
}
