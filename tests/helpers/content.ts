/** The content of `content/`, read and typographed as the build reads it, for checks on dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/lib/yaml.ts';
import { checklistSchema, type ChecklistData } from '../../src/schemas/checklists.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { sourceSchema } from '../../src/schemas/sources.ts';
import { frenchTypography } from '../../src/lib/typography/french.ts';
import { readFrontMatter } from '../../src/lib/front-matter.ts';
import { PROJECT_ROOT } from './build-fixture.ts';

const CONTENT = join(PROJECT_ROOT, 'content');

function yamlFile(path: string): unknown {
	return parseYaml(readFileSync(join(CONTENT, path), 'utf8'), path);
}

export function checklists(): (ChecklistData & { id: string })[] {
	return readdirSync(join(CONTENT, 'checklists'))
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ id: name.replace(/\.yaml$/, ''), ...checklistSchema.parse(yamlFile(`checklists/${name}`)) }));
}

export function glossaryTerms(): string[] {
	return (yamlFile('glossary.yaml') as unknown[]).map((term) => glossaryTermSchema.parse(term).term);
}

export function sourceTitles(): string[] {
	return readdirSync(join(CONTENT, 'sources')).map((name) => sourceSchema.parse(yamlFile(`sources/${name}`)).title);
}

/** Title of each guide (`type: guide`), typographed as its page shows it. */
export function guideTitles(): Map<string, string> {
	const folder = join(CONTENT, 'docs/guides');
	return new Map(
		readdirSync(folder).map((name) => {
			const { title } = readFrontMatter(readFileSync(join(folder, name), 'utf8')) as { title: string };
			return [`guides/${name.replace(/\.mdx?$/, '')}`, frenchTypography(title)];
		}),
	);
}
