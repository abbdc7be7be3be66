/** Two pages with one title cannot be told apart in the sidebar, in search or in a browser's history. */
import { PLACEHOLDER } from '../../../schemas/shared.ts';
import { frenchTypography } from '../../typography/french.ts';
import type { LintRule, SourceFile } from '../types.ts';

function titleKey(file: SourceFile): string | undefined {
	const title = file.kind === 'mdx' ? file.fields?.data.title : undefined;
	if (typeof title !== 'string' || !title.trim() || title.includes(PLACEHOLDER)) return undefined;
	return frenchTypography(title.trim()).toLocaleLowerCase('fr');
}

export const titreEnDouble: LintRule = {
	id: 'titre-en-double',
	fix: 'donnez à chaque page un titre qui la distingue des autres.',
	fixable: false,
	check(file, all) {
		const key = titleKey(file);
		if (!key || !file.fields) return [];
		const first = all.find((other) => titleKey(other) === key);
		if (!first || first === file) return [];
		return [
			{ offset: file.fields.start, message: `le titre « ${String(file.fields.data.title)} » est déjà celui de ${first.path}.` },
		];
	},
};
