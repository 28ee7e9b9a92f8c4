/** What Next.js hands a page as `searchParams`: each name once, several times, or not at all. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of each name: a link or a GET form gives one, a hand-edited URL may give more. */
export function firstValues(raw: RawSearchParams | URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && !(key in out)) out[key] = first;
  }
  return out;
}

/**
 * The URL of a list with some of its query changed: defaults are left out, so a shared link is
 * as short as the state it holds. `page` resets to 1 unless it is given.
 */
export function listHref(path: string, query: Record<string, string | number | undefined>, defaults: Record<string, string | number>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "" || String(value) === String(defaults[key] ?? "")) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** How many pages a count fills (at least one, so "Page 1 of 1" reads even with no rows), and the page clamped to them. */
export function pageWindow(total: number, perPage: number, page: number) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  return { pageCount, page: current, offset: (current - 1) * perPage };
}

/** A text for ILIKE that matches itself literally: %, _ and the escape character lose their meaning. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
