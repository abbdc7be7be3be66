/**
 * A horizontal bar chart in SVG, one row per category and one bar per series, drawn at the width
 * of its container so that its text stays readable on a phone. The chart is an image with a
 * short label; the table beside it carries the figures for assistive technologies.
 */
const SVG = 'http://www.w3.org/2000/svg';

export interface ChartRow {
	label: string;
	/** One value per series; null draws no bar. */
	values: (number | null)[];
	/** The text at the end of each bar (« 72 », « 1 h 30 »). */
	texts: string[];
}

export interface ChartSpec {
	/** What the chart shows, in one sentence: its accessible name. */
	title: string;
	/** One name per series, shown in the legend when there are two or more. */
	series: string[];
	rows: ChartRow[];
	/** The value of a full bar. */
	max: number;
}

function node<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
	const element = document.createElementNS(SVG, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	return element;
}

const LINE = 22;
const BAR = 16;
const GAP = 6;
const VALUE_ROOM = 64;

export function drawBarChart(container: HTMLElement, spec: ChartSpec): void {
	const width = Math.max(260, Math.round(container.clientWidth || 600));
	const barsWidth = width - VALUE_ROOM;
	const legend = spec.series.length > 1 ? LINE + GAP : 0;
	const rowHeight = LINE + spec.series.length * (BAR + GAP) + GAP;
	const height = legend + spec.rows.length * rowHeight;
	const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'bar-chart' });
	const title = node('title', {});
	title.textContent = spec.title;
	svg.append(title);

	if (legend) {
		let x = 0;
		spec.series.forEach((name, index) => {
			svg.append(node('rect', { x, y: 4, width: 14, height: 14, class: `bar-chart__bar bar-chart__bar--${index}` }));
			const text = node('text', { x: x + 20, y: 16, class: 'bar-chart__text' });
			text.textContent = name;
			svg.append(text);
			x += 20 + name.length * 8 + 24;
		});
	}
	spec.rows.forEach((row, rowIndex) => {
		const top = legend + rowIndex * rowHeight;
		const label = node('text', { x: 0, y: top + 16, class: 'bar-chart__label' });
		label.textContent = row.label;
		svg.append(label);
		row.values.forEach((value, index) => {
			const y = top + LINE + index * (BAR + GAP);
			svg.append(node('rect', { x: 0, y, width: barsWidth, height: BAR, class: 'bar-chart__track' }));
			if (value === null) return;
			// A small value keeps a visible sliver; zero draws no bar at all.
			const barWidth = value === 0 ? 0 : Math.max(3, Math.round((Math.min(value, spec.max) / spec.max) * barsWidth));
			if (barWidth > 0)
				svg.append(node('rect', { x: 0, y, width: barWidth, height: BAR, class: `bar-chart__bar bar-chart__bar--${index}` }));
			const text = node('text', { x: barsWidth + 6, y: y + 13, class: 'bar-chart__text' });
			text.textContent = row.texts[index] ?? '';
			svg.append(text);
		});
	});
	container.replaceChildren(svg);
}

/** Draws now and again whenever the container's width changes (rotation, window resize). */
export function keepDrawn(container: HTMLElement, spec: () => ChartSpec | null): () => void {
	let width = 0;
	const draw = () => {
		const current = spec();
		if (current) drawBarChart(container, current);
		else container.replaceChildren();
	};
	new ResizeObserver(() => {
		if (Math.abs(container.clientWidth - width) < 8) return;
		width = container.clientWidth;
		draw();
	}).observe(container);
	return draw;
}
