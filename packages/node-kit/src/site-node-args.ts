/**
 * Node.js flags for the public site's process, wherever it is started (npm start, e2e, bench).
 * Its live heap stays under 60 MB (rendered pages are cached off-heap, at most 64 MB), but under
 * a burst of uncached pages V8 grows the heap far beyond that before collecting: capping the old
 * space makes it collect first, keeping the site under its 300 MB RSS target (`npm run bench`).
 */
export const SITE_NODE_ARGS: readonly string[] = ['--max-old-space-size=256']
