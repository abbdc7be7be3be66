#!/usr/bin/env node
/**
 * `npm run new -- [--entreprise] guide|checklist|template <slug>`: creates a new content file full
 * of placeholders (src/lib/scaffold.ts), never over an existing one, and says what to do next.
 * With `--entreprise`, the file is a company's own, in its `entreprise/` overlay.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	isScaffoldKind,
	nextSteps,
	SCAFFOLD_KINDS,
	ScaffoldError,
	scaffoldPath,
	scaffoldText,
	type ScaffoldOwner,
} from '../src/lib/scaffold.ts';

const USAGE = `Usage : npm run new -- [--entreprise] <${SCAFFOLD_KINDS.join('|')}> <identifiant>   (ex. : npm run new -- guide preparer-le-point ; pour une page de votre entreprise : npm run new -- --entreprise guide nos-deplacements)`;

function main(args: string[], root: string): string {
	const owner: ScaffoldOwner = args.includes('--entreprise') ? 'entreprise' : 'upstream';
	const [kind, slug, ...rest] = args.filter((arg) => arg !== '--entreprise');
	if (!kind || !slug || rest.length > 0) throw new ScaffoldError(USAGE);
	if (!isScaffoldKind(kind)) throw new ScaffoldError(`« ${kind} » n’est pas une sorte de contenu connue.\n${USAGE}`);
	const path = scaffoldPath(kind, slug, owner);
	const target = join(root, path);
	// A guide may also live in a folder of its own, as guides/<slug>/index.mdx.
	const taken = [target, target.replace(/\.mdx$/, '/index.mdx')].find((candidate) => existsSync(candidate));
	if (taken) throw new ScaffoldError(`${path} existe déjà : choisissez un autre identifiant, ou modifiez ce fichier.`);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, scaffoldText(kind, slug, owner), { flag: 'wx' });
	return nextSteps(kind, slug, path, owner);
}

try {
	console.log(main(process.argv.slice(2), process.cwd()));
} catch (error) {
	if (!(error instanceof ScaffoldError)) throw error;
	console.error(error.message);
	process.exit(1);
}
