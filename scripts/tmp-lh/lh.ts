import { lighthouseMedian } from '../bench/lighthouse.ts';
const pages = process.argv.slice(2);
for (const path of pages) {
	const f = await lighthouseMedian(`http://127.0.0.1:4399${path}`, 'mobile', 1);
	console.log(path, JSON.stringify(f.scores), Math.round(f.metrics.lcp), Math.round(f.metrics.tbt), f.metrics.cls.toFixed(3));
}
