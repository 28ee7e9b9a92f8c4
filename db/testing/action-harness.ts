import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { GENERIC_ERROR_MESSAGE } from "@/lib/actions/safe-action";
import { englishText } from "@/lib/i18n/translator";

/** What a next-safe-action action resolves to. */
export type ActionResult = { data?: unknown; validationErrors?: unknown; serverError?: unknown };
export type AnyAction = (...args: unknown[]) => Promise<ActionResult>;
export type DiscoveredAction = { file: string; name: string; action: AnyAction };

const root = path.resolve(import.meta.dirname, "../..");
const isServerModule = (source: string) => /^\s*(["'])use server\1/.test(source);

/**
 * Every server action of the app, found in the code rather than listed by hand: each
 * app/**\/actions.ts, plus any other module under app/ that starts with "use server".
 */
export async function discoverActions(): Promise<DiscoveredAction[]> {
  const appDir = path.join(root, "app");
  const files = fs
    .readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => path.basename(f) === "actions.ts" || isServerModule(fs.readFileSync(path.join(appDir, f), "utf8")))
    .sort();
  const found: DiscoveredAction[] = [];
  for (const file of files) {
    const relative = path.posix.join("app", file.split(path.sep).join("/"));
    if (!isServerModule(fs.readFileSync(path.join(appDir, file), "utf8"))) throw new Error(`${relative} must start with "use server"`);
    const mod = (await import(path.join(appDir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") throw new Error(`${relative} exports ${name}, which is not an action`);
      if (found.some((a) => a.name === name)) throw new Error(`Two action modules export ${name}; give actions unique names`);
      found.push({ file: relative, name, action: value as AnyAction });
    }
  }
  return found;
}

/**
 * Every message a result carries for the user, wherever the action put it, as an English reader
 * reads it: field errors travel as message references (validation.*) that the form translates.
 */
export function messagesOf(result: ActionResult): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(englishText(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(result.validationErrors);
  walk(result.serverError);
  return out;
}

/**
 * Where an action reports a refusal: as field errors (its input schema, or returnValidationErrors
 * for what only the action can check: a section's answers, an unfinished submit), or as the
 * message of a thrown UserFacingError.
 */
export type Refusal = { via: "validationErrors" | "serverError"; message: RegExp };

const leak = /\n\s+at |\(\S+:\d+:\d+\)|\.m?[jt]sx?:\d+|\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b|failed query|violates|constraint|relation "|PostgresError|pglite|drizzle|\[object Object\]/i;

/** Calls an action and asserts it neither throws nor succeeds, and says why in plain words. */
export async function expectClearRefusal(call: () => Promise<ActionResult>, expected: Refusal): Promise<ActionResult> {
  let result: ActionResult;
  try {
    result = await call();
  } catch (error) {
    throw new Error(`The action threw instead of returning a result: ${String(error)}`);
  }
  expect(result, "an action always resolves to an object").toBeTypeOf("object");
  const messages = messagesOf(result);
  expect(messages.length, `no message in ${JSON.stringify(result)}`).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.trim().length, `blank message in ${JSON.stringify(result)}`).toBeGreaterThan(3);
    expect(message).not.toMatch(leak);
  }
  expect(result.serverError).not.toBe(GENERIC_ERROR_MESSAGE);
  if (expected.via === "validationErrors") expect(result.validationErrors, JSON.stringify(result)).toBeDefined();
  else expect(result.serverError, JSON.stringify(result)).toBeTypeOf("string");
  expect(result.data, JSON.stringify(result)).toBeUndefined();
  expect(messages.join("\n")).toMatch(expected.message);
  return result;
}
