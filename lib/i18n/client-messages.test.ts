import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, pickClientMessages } from "./client-messages";
import { messagesByLocale } from "./messages/messages";

const root = process.cwd();
const sourceDirs = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** The app's own modules a file imports, resolved like the "@/…" alias and relative paths. */
function localImports(file: string, source: string): string[] {
  const specs = [...source.matchAll(/(?:from|import)\s*\(?\s*"((?:@\/|\.{1,2}\/)[^"]+)"/g)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(root, path.dirname(file), spec);
    const found = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((p) => fs.existsSync(p));
    return found ? [path.relative(root, found)] : [];
  });
}

/** Every module that runs in the browser: the client components and what they import. */
function browserModules(): Map<string, string> {
  const files = sourceDirs.flatMap(sourceFiles);
  const read = (f: string) => fs.readFileSync(path.join(root, f), "utf8");
  const queue = files.filter((f) => /^["']use client["']/m.test(read(f)));
  const seen = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const source = read(file);
    // A server action's module reaches the browser as a reference only: its imports stay behind.
    if (/^["']use server["']/m.test(source)) continue;
    seen.set(file, source);
    queue.push(...localImports(file, source));
  }
  return seen;
}

/** The namespaces a module reads: useTranslations("ns…") and message references msg("ns.…"). */
function namespacesRead(source: string): string[] {
  const used = [...source.matchAll(/\b(?:useTranslations|msg|msgJoin)\(\s*"([a-zA-Z]+)/g)].map((m) => m[1]!);
  return [...new Set(used)];
}

describe("messages sent to the browser", () => {
  const modules = browserModules();

  it("finds the client components (the scan itself works)", () => {
    expect(modules.has("components/assessments/section-form.tsx")).toBe(true);
    // Not marked "use client", but imported by the section form: it runs in the browser too.
    expect(modules.has("components/review/item-comments.tsx")).toBe(true);
    expect(modules.has("app/assessments/actions.ts")).toBe(false);
  });

  it("include every namespace a browser module reads", () => {
    const missing = [...modules].flatMap(([file, source]) =>
      namespacesRead(source)
        .filter((ns) => !(clientNamespaces as readonly string[]).includes(ns))
        .map((ns) => `${file}: ${ns}`),
    );
    expect(missing).toEqual([]);
  });

  it("include every namespace a message reference names (actions answer with references too)", () => {
    const all = [...sourceDirs, "db"].flatMap(sourceFiles);
    const refs = all.flatMap((file) =>
      [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/\bmsg(?:Join)?\(\s*"([a-zA-Z]+)\./g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => !(clientNamespaces as readonly string[]).includes(r.split(": ")[1]!))).toEqual([]);
  });

  it("leave out the server's namespaces", () => {
    const picked = pickClientMessages(messagesByLocale.en);
    expect(Object.keys(picked).sort()).toEqual([...clientNamespaces].sort());
    expect(picked).not.toHaveProperty("auditLog");
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(messagesByLocale.en).length * 0.8);
  });

  it("use no root translator in the browser except to read message references", () => {
    const rootReaders = [...modules].filter(([, source]) => /useTranslations\(\s*\)/.test(source)).map(([file]) => file);
    expect(rootReaders).toEqual(["components/i18n/use-message-text.ts"]);
  });
});
