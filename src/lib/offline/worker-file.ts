/** The service worker's file, at the root of the site: written by the build, registered by every page. */
export const WORKER_FILE = 'sw.js';
