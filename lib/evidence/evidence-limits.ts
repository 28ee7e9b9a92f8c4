// Plain numbers, apart from the type detection: next.config.ts reads them too.

/** The most one evidence file may weigh. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
/** One file and the form around it: the upload's request may be this large (next.config.ts lets it through). */
export const MAX_EVIDENCE_REQUEST_BYTES = MAX_EVIDENCE_BYTES + 256 * 1024;
