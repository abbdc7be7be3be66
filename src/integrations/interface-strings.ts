/**
 * Starlight's interface strings from `content/i18n/<lang>.json`, with French typography applied.
 *
 * Starlight reads user translations from `<srcDir>/content/i18n` when it builds its Markdown
 * plugins (heading anchor labels, aside titles); ours live in `content/i18n` with the rest of the
 * content, so they are injected here as well as loaded by the `i18n` collection.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { frenchTypography } from '../lib/typography/french.ts';

export function readInterfaceStrings(dir: string): Record<string, Record<string, string>> {
	const strings: Record<string, Record<string, string>> = {};
	// A site may keep Starlight's strings as they are: the folder is optional.
	if (!existsSync(dir)) return strings;
	for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
		const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
		strings[basename(file, '.json')] = Object.fromEntries(
			Object.entries(raw).map(([key, value]) => [key, frenchTypography(value)]),
		);
	}
	return strings;
}

export function interfaceStrings(): StarlightPlugin {
	return {
		name: 'partenaire:interface-strings',
		hooks: {
			// Starlight requires this hook of every plugin; this one has nothing to configure.
			'config:setup'() {},
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(readInterfaceStrings(join(process.cwd(), 'content/i18n')));
			},
		},
	};
}
