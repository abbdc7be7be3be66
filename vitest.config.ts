import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Checks over the production build in dist/: `npm test` builds it first.
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
			{
				// Each fixture is a whole Astro build: slow, and run one at a time on a 2-core machine.
				test: { name: 'fixtures', include: ['tests/fixtures/*.test.ts'], testTimeout: 180_000, fileParallelism: false },
			},
		],
	},
});
