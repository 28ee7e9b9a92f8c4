import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { changeLines, type ChangeEntry } from "./change-words";

const en = (entry: ChangeEntry) => changeLines(entry, translatorFor("en"), "en");
const zh = (entry: ChangeEntry) => changeLines(entry, translatorFor("zh-CN"), "zh-CN");
const id = "6f1c2a4e-1b2c-4d5e-8f90-123456789abc";

describe("an audit entry's change in words", () => {
  it("says an answer's change by its criterion, in either language", () => {
    const entry = { entityType: "answer", entityId: `${id}/B.NEED.1`, before: { value: "not_met", notes: "", evidence: "" }, after: { value: "met", notes: "Visited the site", evidence: "" } };
    expect(en(entry)).toEqual(["Answer to B.NEED.1: Not met → Met", "Notes (B.NEED.1): (empty) → “Visited the site”"]);
    expect(zh(entry)[0]).toBe("B.NEED.1的回答：不符合 → 符合");
  });

  it("says a role change and a risk's status through their words", () => {
    expect(en({ entityType: "member", entityId: id, before: { role: "staff" }, after: { role: "manager" } })).toEqual(["Role: Staff → Manager"]);
    expect(en({ entityType: "risk", entityId: `${id}/D.PART.1`, before: { status: "open", likelihood: 2 }, after: { status: "mitigating", likelihood: 3 } })).toEqual([
      "Status (D.PART.1): Open → Being mitigated",
      "Likelihood (D.PART.1): 2 → 3",
    ]);
    expect(zh({ entityType: "member", entityId: id, before: { role: "staff" }, after: { role: "manager" } })).toEqual(["角色：工作人员 → 经理"]);
  });

  it("lists only the project's changed fields, with countries and modes named", () => {
    const before = { id, name: "Wells", hostCountry: "KE", participationMode: "enterprise", budget: "1000.00", partners: [{ id, name: "Alpha", country: "KE" }] };
    const after = { name: "Wells", hostCountry: "TZ", participationMode: "territorial", budget: 1000, partners: [{ name: "Alpha", country: "KE" }] };
    expect(en({ entityType: "project", entityId: id, before, after })).toEqual([
      "Host country: Kenya → Tanzania",
      "Participation mode: Social organisation–enterprise cooperation → Territorial partnership",
    ]);
    expect(zh({ entityType: "project", entityId: id, before, after })[0]).toBe("所在国家：肯尼亚 → 坦桑尼亚");
  });

  it("never shows the stored JSON or ids: an unknown shape is a short list of its fields", () => {
    const lines = en({ entityType: "thing", entityId: id, before: null, after: { colour: "blue", shade: 3, memberId: id, nested: { deep: true } } });
    expect(lines).toEqual(["colour: “blue”", "shade: 3", "nested: deep: yes"]);
    expect(lines.join(" ")).not.toMatch(/[{}]|6f1c2a4e/);
    expect(en({ entityType: "indicators", entityId: id, before: [], after: [{ name: "Wells built" }, { name: "Wells repaired" }] })).toEqual(["Indicators: 0 items → Wells built, Wells repaired"]);
  });
});

