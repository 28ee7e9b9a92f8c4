// Plain numbers: next.config.ts reads them too.

/** The largest project archive an import takes (a request of this size passes proxy.ts whole). */
export const MAX_ARCHIVE_BYTES = 250 * 1024 * 1024;
