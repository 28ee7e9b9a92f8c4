import { describe, expect, it } from "vitest";
import * as z from "@/lib/validation/zod";
import { findSection } from "@/lib/checklists/applicable";
import type { ChecklistKind, ChecklistSection } from "@/lib/checklists/definition-schema";
import { latestChecklist } from "@/lib/checklists/registry";
import { readRef, translateRef } from "@/lib/i18n/message-ref";
import { englishText, translatorFor } from "@/lib/i18n/translator";
import { parseSectionChanges } from "./section-changes";
import { parseSectionValues } from "./section-schema";
import { storableDate, storableText } from "./storable";

/*
 * The section schema answers message references, never words: the form and the server's answer
 * both read them in the reader's language. Here in Chinese, the way a zh-CN reader sees them.
 */
const zh = translatorFor("zh-CN");
const section = (kind: ChecklistKind, id: string): ChecklistSection => findSection(latestChecklist(kind), id)!;
const context = section("before", "country-context");
const funding = section("during", "funding-and-costs");
const indicators = section("after", "result-indicators");

const messages = (s: ChecklistSection, strictness: "draft" | "complete", values: unknown) => {
  const result = parseSectionValues(s, strictness, values);
  return result.ok ? [] : result.issues.map((i) => i.message);
};
const statusRows = (over: Record<string, string>[] = []) =>
  context.items.map((item, i) => ({ criterionId: item.id, value: "met", notes: "", evidence: "", ...over[i] }));
const risk = (criterionId: string, over: Record<string, string> = {}) => ({
  criterionId, likelihood: "2", impact: "3", status: "open", mitigation: "", owner: "", dueDate: "", notes: "", ...over,
});

describe("section validation in Chinese", () => {
  it("asks for an answer, and why an item does not apply", () => {
    const found = messages(context, "complete", { items: statusRows([{ value: "" }, { value: "not_applicable" }]) });
    expect(found.map((m) => translateRef(zh, m))).toEqual(["请选择答案", "请在备注中说明为什么不适用"]);
    expect(found.map(englishText)).toEqual(["Choose an answer", "Say in the notes why this does not apply"]);
  });

  it("names the field in Chinese and keeps numbers as they are written", () => {
    const [tooLong] = messages(context, "draft", { items: statusRows([{ notes: "x".repeat(4001) }]) });
    expect(translateRef(zh, tooLong!)).toBe("备注过长（最多4000个字符）");
    expect(englishText(tooLong!)).toBe("Notes is too long (at most 4000 characters)");
  });

  it("reads the risk and indicator rules in Chinese", () => {
    const risks = funding.items.map((item, i) => risk(item.id, i === 0 ? { mitigation: "Second bank account", likelihood: "", dueDate: "0000-01-01" } : {}));
    // The fields' own checks first, then the rules that depend on the risk's status.
    expect(messages(funding, "complete", { risks }).map((m) => translateRef(zh, m))).toEqual([
      "截止日期必须在1900年到2200年之间",
      "请选择1到5之间的可能性",
      "请填写该缓解措施的负责人",
    ]);
    const rows = [{ name: "", unit: "", target: "-5", actual: "12,5" }];
    expect(messages(indicators, "complete", { indicators: rows }).map((m) => translateRef(zh, m))).toEqual([
      "请填写指标名称",
      "目标值不能为负数",
      "实际值必须是数字，如1200或12.5",
    ]);
  });

  it("refuses a change to an item of another section in Chinese", () => {
    const result = parseSectionChanges(context, [{ key: "D.FUND.1", base: 0, value: {} }]);
    expect(result.ok ? [] : result.issues.map((i) => translateRef(zh, i.message))).toEqual(["该条目不属于这个部分。"]);
  });

  it("gives the storable rules a field name that is a key, or plain words from older callers", () => {
    const nul = storableText(z.string(), "validation.sectionFields.evidence").safeParse("a\u0000b");
    expect(translateRef(zh, nul.error!.issues[0]!.message)).toBe("证据含有无法保存的不可见字符（NUL），请删除");
    const plain = storableDate(z.iso.date(), "The start date").safeParse("2201-01-01");
    expect(englishText(plain.error!.issues[0]!.message)).toBe("The start date must be between 1900 and 2200");
  });

  it("has every reference it answers in both languages", () => {
    const all = [
      ...messages(context, "complete", { items: statusRows([{ value: "maybe" }, { evidence: "\uD83D" }]) }),
      ...messages(funding, "complete", { risks: funding.items.map((item) => risk(item.id, { status: "lost", impact: "9", dueDate: "soon" })) }),
      ...messages(indicators, "complete", { indicators: Array.from({ length: 51 }, () => ({ name: "n", unit: "u", target: "1", actual: "1e3" })) }),
    ];
    expect(all.length).toBeGreaterThan(5);
    for (const message of all) {
      const key = readRef(message)?.key;
      expect(key, message).toBeDefined();
      expect(zh.has(key!) && translatorFor("en").has(key!), key).toBe(true);
      expect(translateRef(zh, message), key).toMatch(/[\u4e00-\u9fff]/);
      expect(translateRef(zh, message), key).not.toMatch(/validation\.|[a-z]{4,}/);
    }
  });
});
