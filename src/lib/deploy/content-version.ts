/**
 * Which version of the content a package holds: the last git commit that touched the guide's
 * content or the company's overlay, and its date. The archive is named after it, so two packages
 * of the same content have the same name, and one made from uncommitted changes says so.
 */
import { spawnSync } from 'node:child_process';
import { CONTENT_FOLDERS } from '../overlay/layout.ts';

export interface ContentVersion {
	/** Short commit hash, or `sans-git` outside a git repository. */
	commit: string;
	/** The commit's date (YYYY-MM-DD), or the day of the build outside git. */
	date: string;
	/** Content or overlay files differ from the commit. */
	modified: boolean;
}

function git(root: string, args: string[]): string | undefined {
	const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

export function contentVersion(root: string, today = new Date().toISOString().slice(0, 10)): ContentVersion {
	const last = git(root, ['log', '-1', '--format=%h %cs', '--', ...CONTENT_FOLDERS]);
	if (!last) return { commit: 'sans-git', date: today, modified: false };
	const [commit = 'sans-git', date = today] = last.split(' ');
	const status = git(root, ['status', '--porcelain', '--', ...CONTENT_FOLDERS]) ?? '';
	return { commit, date, modified: status.length > 0 };
}

/** `partenaire-3f2a1bc-2026-11-23`, with `-modifie` when the content was not committed. */
export function archiveName({ commit, date, modified }: ContentVersion): string {
	return `partenaire-${commit}-${date}${modified ? '-modifie' : ''}`;
}
