/**
 * At the start of `astro build`, `astro sync` and `astro dev`, the content checks of `npm run lint:content`
 * that are mistakes rather than style (the rules marked `blocksBuild`): the contributor reads the
 * same French message, once, with its file, line, field, fix and catalogue page, before Astro
 * would print its own English one (« Expected a closing tag », « [InvalidContentEntryDataError] »).
 *
 * Each command stops there. A running dev server checks each file again when it is saved and
 * prints the same lines for it, beside Astro's own report of the mistake.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatReport, lint, lintProject, readSource } from '../lib/content-lint/index.ts';
import { contentFiles } from '../lib/content-lint/files.ts';

function report(logger: AstroIntegrationLogger, lines: string[]): void {
	// Straight to stderr, unprefixed and uncoloured: each line is a file:line:column a terminal can open.
	for (const line of lines) process.stderr.write(`${line}\n`);
	logger.error(
		`${lines.length} erreur${lines.length > 1 ? 's' : ''} dans le contenu : corrigez-les, puis relancez. Le détail : npm run lint:content.`,
	);
}

export function contentChecks(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'partenaire:content-checks',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				if (command === 'preview') return;
				const started = performance.now();
				const { files, reports } = lintProject(root, { blockingOnly: true });
				if (reports.length === 0) {
					logger.info(`${files} fichiers de contenu vérifiés en ${Math.round(performance.now() - started)} ms`);
					return;
				}
				report(logger, reports.map(formatReport));
				// Stop before Astro loads the content: it would report the same mistakes again, in English,
				// and a dev server would stop on them anyway.
				process.exit(1);
			},
			'astro:server:setup': ({ server, logger }) => {
				server.watcher.on('all', (event, path) => {
					if (event !== 'add' && event !== 'change') return;
					const file = relative(root, path).split(sep).join('/');
					if (!/^(?:content|entreprise)\/.+\.(?:mdx?|ya?ml)$/.test(file)) return;
					const others = contentFiles(root).map((source) => readSource(source.path, source.text));
					const current = readSource(file, readFileSync(path, 'utf8'));
					const reports = lint([current, ...others.filter((other) => other.path !== file)], { root, blockingOnly: true }).filter(
						(item) => item.file === file,
					);
					if (reports.length > 0) report(logger, reports.map(formatReport));
				});
			},
		},
	};
}
