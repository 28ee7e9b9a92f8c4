import { config } from "zod";

// zod 4 compiles object schemas with `new Function` when it may; to find out, it tries once and
// catches the refusal. Under the Content-Security-Policy (proxy.ts: no 'unsafe-eval') the browser
// reports that try as a violation, so in the browser zod checks without compiling (forms are
// small). The setting sits in the one module every schema imports zod from (`import * as z`), so
// it is in force before any schema exists, and pages without a form do not load zod at all.
if (typeof window !== "undefined") config({ jitless: true });

// Named re-exports, not the `z` object: the bundler then keeps only what the schemas use
// (re-exporting `z` kept all of zod, its forty languages of messages included).
export * from "zod";
