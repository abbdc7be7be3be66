/**
 * Whether a page or a checklist that a reference names is published by this build: in upstream's
 * content or the company's overlay, and not removed by hiding. The schemas' references ask here,
 * so a reference to a hidden page fails like a reference to a missing one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteConfig } from '../site-config.ts';
import { OVERLAY, UPSTREAM } from './layout.ts';
import { publicationOf, type Publication } from './publication.ts';

let current: { root: string; publication: Publication } | undefined;

function publication(root: string): Publication {
	if (current?.root !== root) current = { root, publication: publicationOf(loadSiteConfig(root), root) };
	return current.publication;
}

export function publishedPage(id: string, root = process.cwd()): boolean {
	return publication(root).pages.some((page) => page.id === id);
}

export function publishedChecklist(id: string, root = process.cwd()): boolean {
	if (publication(root).hiddenChecklists.has(id)) return false;
	return [UPSTREAM.checklists, OVERLAY.checklists].some((dir) =>
		['.yaml', '.yml'].some((ext) => existsSync(join(root, dir, id + ext))),
	);
}
