import { gzipSync } from "node:zlib";

/**
 * The JavaScript a page makes the browser load at start, gzip-compressed as a server would send
 * it: every <script src> of its HTML, each counted once.
 */
export async function pageJavaScriptKb(base: string, path: string, cookie: string): Promise<{ kb: number; files: number }> {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).byteLength;
  return { kb: bytes / 1024, files: sources.length };
}
