/**
 * What the service worker (app/sw.ts) keeps for offline use. The names are shared with the
 * browser code that empties the page cache at sign-out and sign-in (components/offline).
 */
export const pagesCacheName = "offline-pages";
export const assetsCacheName = "static-assets";

const id = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

// An allowlist rather than a list of exceptions: a new download route (pdf, export) or form is
// never cached by accident, and "/projects/new" or "/projects/export" never pass for a project.
const offlinePages = [
  /^\/$/,
  /^\/projects$/,
  new RegExp(`^/projects/${id}(/report)?$`),
  new RegExp(`^/assessments/${id}(/report|/check|/sections/[\\w.-]+)?$`),
];

/** The pages field staff reopen without a connection: their lists, projects, assessments and sections. */
export function isOfflinePage(pathname: string): boolean {
  return offlinePages.some((page) => page.test(pathname));
}
