"use client";

import { z } from "zod";

// zod 4 compiles object schemas with `new Function` when it may; to find out, it tries once and
// catches the refusal. Under the Content-Security-Policy (proxy.ts: no 'unsafe-eval') the browser
// reports that try as a violation, so in the browser zod checks without compiling (forms are small).
z.config({ jitless: true });

/** Settings the browser needs before any client component runs; rendered once by the root layout. */
export function BrowserSetup() {
  return null;
}
