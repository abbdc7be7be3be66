#!/usr/bin/env node
/**
 * `npm run lint:content`: checks every content file of content/ (and of a company's entreprise/)
 * at once, for every mistake the build would refuse (syntax, fields, components, images, code)
 * and for the writing rules, and prints one line per problem with its file, line, catalogue
 * page, fix and help address. `npm run fix:content` (`--fix`) first rewrites what is mechanical
 * (typography, order of fields), then reports what is left. Never throws on a broken file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles } from '../src/lib/content-lint/files.ts';
import { fixSource, formatReport, lintProject } from '../src/lib/content-lint/index.ts';

const started = performance.now();
const root = process.cwd();

if (process.argv.includes('--fix')) {
	let changed = 0;
	for (const source of contentFiles(root)) {
		const fixed = fixSource(source.path, source.text);
		if (fixed === source.text) continue;
		writeFileSync(join(root, source.path), fixed);
		changed++;
		console.log(`corrigé : ${source.path}`);
	}
	console.log(`${changed} fichier${changed > 1 ? 's' : ''} corrigé${changed > 1 ? 's' : ''}.`);
}

const { files, reports } = lintProject(root);
const time = `en ${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} s`;
for (const report of reports) console.log(formatReport(report));
if (reports.length === 0) {
	console.log(`Contenu vérifié : ${files} fichiers conformes, ${time}.`);
} else {
	const fixable = reports.filter((report) => report.rule.fixable && report.edits).length;
	const blocking = reports.filter((report) => report.rule.blocksBuild).length;
	console.log(
		`\n${reports.length} problème${reports.length > 1 ? 's' : ''} dans ${files} fichiers, ${time}.` +
			(blocking > 0 ? ` ${blocking} empêche${blocking > 1 ? 'nt' : ''} la construction du site.` : '') +
			(fixable > 0 ? ` ${fixable} se corrige${fixable > 1 ? 'nt' : ''} avec npm run fix:content.` : ''),
	);
	process.exit(1);
}
