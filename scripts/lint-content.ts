#!/usr/bin/env node
/**
 * `npm run lint:content`: checks the writing rules over content/ and prints one line per problem,
 * with its file, line, rule, fix and catalogue page. `npm run fix:content` (`--fix`) first
 * rewrites what is mechanical (typography, order of fields), then reports what is left.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles } from '../src/lib/content-lint/files.ts';
import { fixSource, formatReport, lint, readSource } from '../src/lib/content-lint/index.ts';

const root = process.cwd();
const fix = process.argv.includes('--fix');
const sources = contentFiles(root);

if (fix) {
	let changed = 0;
	for (const source of sources) {
		const fixed = fixSource(source.path, source.text);
		if (fixed === source.text) continue;
		writeFileSync(join(root, source.path), fixed);
		source.text = fixed;
		changed++;
		console.log(`corrigé : ${source.path}`);
	}
	console.log(`${changed} fichier${changed > 1 ? 's' : ''} corrigé${changed > 1 ? 's' : ''}.`);
}

const reports = lint(sources.map((source) => readSource(source.path, source.text)));
for (const report of reports) console.log(formatReport(report));
if (reports.length === 0) {
	console.log(`Règles d’écriture : ${sources.length} fichiers de content/ conformes.`);
} else {
	const fixable = reports.filter((report) => report.rule.fixable && report.edits).length;
	console.log(
		`\n${reports.length} problème${reports.length > 1 ? 's' : ''} dans content/.` +
			(fixable > 0 && !fix ? ` ${fixable} se corrige${fixable > 1 ? 'nt' : ''} avec npm run fix:content.` : ''),
	);
	process.exit(1);
}
