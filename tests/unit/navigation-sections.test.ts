import { describe, expect, it } from 'vitest';
import {
	condenseSections,
	isContributorPage,
	sectionPagination,
	sectionsFor,
	type SidebarEntry,
} from '../../src/lib/navigation/sections.ts';

const link = (label: string, isCurrent = false): SidebarEntry => ({
	type: 'link',
	label,
	href: `/${label}/`,
	isCurrent,
	badge: undefined,
	attrs: {},
});
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
	type: 'group',
	label,
	entries,
	collapsed: false,
	badge: undefined,
});

const sidebar = (current: string) => [
	group('Commencer', [link('accueil', current === 'accueil'), link('parcours', current === 'parcours')]),
	group('Guides', [link('g1', current === 'g1'), link('g2', current === 'g2')]),
	link('checklists', current === 'checklists'),
	group('Modèles', [link('modeles', current === 'modeles'), link('m1', current === 'm1')]),
	group('Contribuer', [
		link('contribuer', current === 'contribuer'),
		group('Erreurs', [link('e1', current === 'e1'), link('e2', current === 'e2')]),
	]),
];

describe('previous and next inside a section', () => {
	it.each([
		// first guide: no previous, even though the last path precedes it in the sidebar
		['g1', undefined, '/g2/'],
		// last guide: no next, even though Checklists follows it
		['g2', '/g1/', undefined],
		// the home page leads to the first path
		['accueil', undefined, '/parcours/'],
		// a page outside any section: neither
		['checklists', undefined, undefined],
		// a nested group is a section of its own
		['e2', '/e1/', undefined],
	])('%s: previous %s, next %s', (current, prev, next) => {
		const { prev: p, next: n } = sectionPagination(sidebar(current));
		expect([p?.href, n?.href]).toEqual([prev, next]);
	});
});

describe('reader and contributor sidebars', () => {
	it('keeps one side only', () => {
		expect(sectionsFor(sidebar('g1'), ['Contribuer'], false).map((entry) => entry.label)).toEqual([
			'Commencer',
			'Guides',
			'checklists',
			'Modèles',
		]);
		expect(sectionsFor(sidebar('e1'), ['Contribuer'], true).map((entry) => entry.label)).toEqual(['Contribuer']);
	});

	it.each([
		['contribuer', true],
		['contribuer/erreurs/lien-casse', true],
		['heberger', true],
		['contribuerons', false],
		['guides/posture-partenaire', false],
	])('%s is a contributor page: %s', (id, expected) => {
		expect(isContributorPage(id, ['contribuer', 'heberger'])).toBe(expected);
	});

	it('shows a condensed section as a link to its index, except on its own pages', () => {
		const outside = condenseSections(sidebar('g1'), ['Modèles']);
		expect(outside[3]).toMatchObject({ type: 'link', label: 'Modèles', href: '/modeles/' });
		const inside = condenseSections(sidebar('m1'), ['Modèles']);
		expect(inside[3]).toMatchObject({ type: 'group', label: 'Modèles' });
	});

	it('condenses a section to its index even when a page of it is listed first', () => {
		const page = (href: string): SidebarEntry => ({
			type: 'link',
			label: 'x',
			href,
			isCurrent: false,
			badge: undefined,
			attrs: {},
		});
		const condensed = condenseSections(
			[group('Modèles', [page('/modeles/carte/'), page('/modeles/'), page('/modeles/zz/')])],
			['Modèles'],
		);
		expect(condensed[0]).toMatchObject({ type: 'link', label: 'Modèles', href: '/modeles/' });
	});
});
