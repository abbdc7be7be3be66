/**
 * One result as both searches show it: the page's title as a link, its kind and theme in French
 * words, an excerpt of its prose (`buildExcerpt`: never the keywords, elisions joined, small
 * words not highlighted).
 */
import { buildExcerpt, cleanTitle } from '../../lib/search/excerpt.ts';
import { FACET_KEYS } from '../../lib/search/facet-keys.ts';
import type { PagefindData } from '../../lib/search/pagefind.ts';

export function renderResult(data: PagefindData, id: string): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	item.id = id;
	const link = document.createElement('a');
	link.href = data.url;
	link.dataset.resultLink = '';
	link.textContent = cleanTitle(data.meta.title ?? data.url);
	const kind = document.createElement('p');
	kind.className = 'search-result__kind';
	kind.textContent = [data.filters[FACET_KEYS.kind.filter]?.[0], data.filters[FACET_KEYS.topic.filter]?.[0]]
		.filter(Boolean)
		.join(' · ');
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result__excerpt';
	// Built from our own pages' text, escaped by buildExcerpt, with <mark> around matched words.
	excerpt.innerHTML = buildExcerpt(data);
	item.append(link, kind, excerpt);
	return item;
}
