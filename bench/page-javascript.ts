import { gzipSync } from "node:zlib";

/**
 * The JavaScript a page makes the browser load at start, gzip-compressed as a server would send
 * it: every <script src> of its HTML, each counted once. A `noModule` script (Next's polyfills)
 * is left out: the browsers the app supports never load it.
 */
export async function pageJavaScriptKb(base: string, path: string, cookie: string): Promise<{ kb: number; files: number }> {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snoModule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&") ?? []))];
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).byteLength;
  return { kb: bytes / 1024, files: sources.length };
}
