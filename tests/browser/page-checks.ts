/**
 * What the sweep (sweep.ts) reads of a page beyond axe: its links' colours, how it fits a phone,
 * its header, and its previous/next. Each works on the page as it stands, so that one visit
 * serves them all.
 */
import { expect, type Page } from '@playwright/test';

/** Chromium's own link colours (unvisited and visited), in its light and dark colour schemes. */
const DEFAULT_LINK_COLOURS = ['rgb(0, 0, 238)', 'rgb(85, 26, 139)', 'rgb(158, 158, 255)', 'rgb(208, 173, 240)'];

/** Links whose colour is one of the browser's defaults, named by their text. */
export function linksInDefaultColours(page: Page): Promise<string[]> {
	return page.evaluate(
		(defaults) =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
				.filter((link) => link.getClientRects().length > 0 && defaults.includes(getComputedStyle(link).color))
				.map((link) => `${link.textContent?.trim().slice(0, 40) ?? ''} (${getComputedStyle(link).color})`),
		DEFAULT_LINK_COLOURS,
	);
}

/** How far the page is wider than the window, in CSS pixels. */
export function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The header's visible controls (search, theme, and the menu button beside them) that stick out of the window, by name. */
export function headerControlsOutside(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('header :is(button, select, a), button[popovertarget="starlight__sidebar"]')]
			.filter((control) => control.getClientRects().length > 0)
			.filter((control) => {
				const box = control.getBoundingClientRect();
				return box.left < 0 || box.right > document.documentElement.clientWidth;
			})
			.map((control) => control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName),
	);
}

/** On a page with a sidebar the theme switch is in the phone menu; without one, in the header. */
export async function expectThemeSwitchReachable(page: Page): Promise<void> {
	const menu = page.locator('button[popovertarget="starlight__sidebar"]');
	if (await menu.isVisible()) await menu.click();
	await expect(page.locator('starlight-theme-select select:visible').first()).toBeVisible();
}

/**
 * The links of the sidebar section that holds the current page, and the page's previous/next. A
 * page without a sidebar of its own (the home page) is looked up in the sidebar of another page.
 */
export function sectionAndPagination(page: Page, sidebarPage: string) {
	return page.evaluate(async (sidebarPage) => {
		let current = document.querySelector<HTMLAnchorElement>('nav.sidebar a[aria-current="page"]');
		if (!document.querySelector('nav.sidebar')) {
			const other = new DOMParser().parseFromString(await (await fetch(sidebarPage)).text(), 'text/html');
			current =
				[...other.querySelectorAll<HTMLAnchorElement>('nav.sidebar a')].find(
					(link) => new URL(link.href, location.href).pathname === location.pathname,
				) ?? null;
		}
		const list = current?.closest('ul');
		// Only the section's own links, not those of a group nested in it.
		const section = list ? [...list.children].flatMap((item) => [...item.querySelectorAll<HTMLAnchorElement>(':scope > a')]) : [];
		const pathname = (link: HTMLAnchorElement) => new URL(link.getAttribute('href') ?? '', location.href).pathname;
		const href = (rel: string) => {
			const link = document.querySelector<HTMLAnchorElement>(`.pagination-links a[rel="${rel}"]`);
			return link ? pathname(link) : null;
		};
		return {
			inGroup: Boolean(current?.closest('details')),
			section: section.map(pathname),
			current: current ? pathname(current) : null,
			prev: href('prev'),
			next: href('next'),
		};
	}, sidebarPage);
}

/** Previous and next stay inside the page's section, in its order; a page outside any has none. */
export async function expectPaginationInSection(page: Page, sidebarPage: string): Promise<void> {
	const { inGroup, section, current, prev, next } = await sectionAndPagination(page, sidebarPage);
	if (!inGroup || current === null) {
		expect({ prev, next }, 'a page outside any section has no previous/next').toEqual({ prev: null, next: null });
		return;
	}
	const index = section.indexOf(current);
	expect({ prev, next }, 'previous and next in the section').toEqual({
		prev: section[index - 1] ?? null,
		next: section[index + 1] ?? null,
	});
}
