import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { auditActions, isAuditAction } from "./audit-actions";
import { reviewNoteKinds } from "./review-note";

const root = path.resolve(import.meta.dirname, "../..");

/** The source files under db/ (not tests) that write the audit log. */
function auditWriters(dir = path.join(root, "db")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : auditWriters(file);
    if (!/\.ts$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) return [];
    return readFileSync(file, "utf8").includes("recordAudit") ? [file] : [];
  });
}

// An action name is "<what>.<verb>", <what> one of the log's entity types.
const actionLiteral = /["'`]((?:project|assessment|answer|risk|indicators|evidence|review|member|invitation|evaluator|organization)\.[a-z_-]+)["'`]/g;

describe("audit actions", () => {
  for (const locale of locales) {
    it(`each has words in ${locale}`, () => {
      const t = translatorFor(locale);
      expect(auditActions.filter((action) => !t.has(`audit.actions.${action}`))).toEqual([]);
    });
  }

  it("lists every action name the code writes", () => {
    const files = auditWriters();
    expect(files.length).toBeGreaterThan(3);
    const written = new Set<string>();
    for (const file of files) for (const [, name] of readFileSync(file, "utf8").matchAll(actionLiteral)) written.add(name!);
    // review.ts writes `review.${note.kind}`: one name per note kind.
    for (const kind of reviewNoteKinds) written.add(`review.${kind}`);
    expect([...written].filter((name) => !isAuditAction(name))).toEqual([]);
    // And no name listed that nothing writes any more (its words would be dead).
    expect(auditActions.filter((name) => !written.has(name))).toEqual([]);
  });

  it("reads as words, not names", () => {
    expect(translatorFor("en")("audit.actions.assessment.new-version")).toBe("Started a new version");
    expect(translatorFor("zh-CN")("audit.actions.assessment.approve")).toBe("批准了评估");
  });
});
