/** Checks an MDX component's props and explains a mistake with the page and the prop at fault. */
import type { z } from 'astro/zod';
import { ContributorError, fieldPath, type ErrorSlug } from './contributor-errors.ts';

export function parseComponentProps<S extends z.ZodType>(
	schema: S,
	props: unknown,
	where: { component: string; file: string; slug: ErrorSlug },
): z.output<S> {
	const result = schema.safeParse(props);
	if (result.success) return result.data;
	throw new ContributorError(
		where.file,
		result.error.issues.map((issue) => ({
			field: `<${where.component}> ${fieldPath(issue.path) || 'props'}`,
			message: issue.message,
		})),
		where.slug,
	);
}
