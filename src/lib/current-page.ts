/** The source file of the page being rendered, for error messages that name it. */
export function currentPageFile(locals: App.Locals): string {
	try {
		return locals.starlightRoute.entry.filePath;
	} catch {
		// Outside a Starlight page (an endpoint, a custom route): no content file to name.
		return 'page hors collection';
	}
}
