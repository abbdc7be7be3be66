/**
 * A checklist item is an action to tick: it starts with an infinitive (« Relire… », « S’assurer… »).
 * Heuristic: the first word ends like an infinitive, or the item is pronominal or negative.
 */
import { PLACEHOLDER } from '../../../schemas/shared.ts';
import type { LintRule } from '../types.ts';

const INFINITIVE = /^(?:\p{L}+(?:er|ir|re)|s’\p{L}+|se|s'\p{L}+|ne|n’\p{L}+)$/iu;

export const elementSansVerbe: LintRule = {
	id: 'element-sans-verbe',
	fix: 'commencez l’élément par un verbe à l’infinitif qui dit l’action : « Relire… », « Demander… ».',
	fixable: false,
	check(file) {
		if (!file.path.startsWith('content/checklists/') || !file.fields) return [];
		const items = file.fields.data.items;
		if (!Array.isArray(items)) return [];
		const findings = [];
		for (const item of items as { label?: unknown }[]) {
			const label = typeof item?.label === 'string' ? item.label : '';
			if (!label || label.includes(PLACEHOLDER)) continue;
			const [word = ''] = label.trim().split(/\s+/);
			const first = word.replace(/[.,;:!?]+$/, '');
			if (INFINITIVE.test(first)) continue;
			const at = file.text.indexOf(label);
			findings.push({ offset: Math.max(at, 0), message: `« ${label} » ne commence pas par un verbe à l’infinitif.` });
		}
		return findings;
	},
};
