import { describe, expect, it } from "vitest";
import { findSection } from "@/lib/checklists/applicable";
import type { ChecklistKind, ChecklistSection } from "@/lib/checklists/definition-schema";
import { latestChecklist } from "@/lib/checklists/registry";
import { englishText } from "@/lib/i18n/translator";
import { parseSectionValues } from "./section-schema";

function realSection(kind: ChecklistKind, id: string): ChecklistSection {
  const section = findSection(latestChecklist(kind), id);
  if (!section) throw new Error(`No section ${id} in ${kind}`);
  return section;
}

// BEFORE "Country context and safety": B.CTX.1, B.CTX.2, B.CTX.3
const context = realSection("before", "country-context");
// DURING "Funding and costs": D.FUND.1, D.FUND.2, D.FUND.3
const funding = realSection("during", "funding-and-costs");
// AFTER "Result indicators"
const indicators = realSection("after", "result-indicators");

// Values as the form holds them: strings, empty when not filled in.
const statusRows = (values: string[] = ["", "", ""]) =>
  context.items.map((item, i) => ({ criterionId: item.id, value: values[i] ?? "", notes: "", evidence: "" }));
const riskRows = () =>
  funding.items.map((item) => ({
    criterionId: item.id,
    likelihood: "",
    impact: "",
    status: "open",
    mitigation: "",
    owner: "",
    dueDate: "",
    notes: "",
  }));
const indicatorRow = (over: Partial<Record<"name" | "unit" | "target" | "actual", string>> = {}) => ({
  name: "Children enrolled",
  unit: "children",
  target: "120",
  actual: "",
  ...over,
});

function issues(section: ChecklistSection, strictness: "draft" | "complete", values: unknown) {
  const result = parseSectionValues(section, strictness, values);
  // Messages are references; compared as the English reader reads them.
  return result.ok ? [] : result.issues.map((i) => ({ ...i, message: englishText(i.message) }));
}

describe("status section (before: country context)", () => {
  it("uses the real section's three items", () => {
    expect(context.items.map((i) => i.id)).toEqual(["B.CTX.1", "B.CTX.2", "B.CTX.3"]);
  });

  it("saves a draft with every answer still empty, storing them as null", () => {
    const result = parseSectionValues(context, "draft", { items: statusRows() });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.items!.map((i) => i.value)).toEqual([null, null, null]);
  });

  it("requires an answer for every item when completing the section", () => {
    expect(issues(context, "complete", { items: statusRows(["met", "", "not_met"]) })).toEqual([
      { path: "items.1.value", message: "Choose an answer" },
    ]);
    const missingKey = statusRows(["met", "met", "met"]).map((row, i) => (i === 2 ? { ...row, value: undefined } : row));
    expect(issues(context, "complete", { items: missingKey })).toEqual([
      { path: "items.2.value", message: "Choose an answer" },
    ]);
  });

  it("accepts a fully answered section when completing it", () => {
    const result = parseSectionValues(context, "complete", { items: statusRows(["met", "partly_met", "unknown"]) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.items!.map((i) => i.value)).toEqual(["met", "partly_met", "unknown"]);
  });

  it("asks why an item does not apply when completing, but not in a draft", () => {
    const rows = statusRows(["not_applicable", "met", "met"]);
    expect(issues(context, "complete", { items: rows })).toEqual([
      { path: "items.0.notes", message: "Say in the notes why this does not apply" },
    ]);
    expect(issues(context, "draft", { items: rows })).toEqual([]);
    rows[0]!.notes = "Desk project, no country visit.";
    expect(issues(context, "complete", { items: rows })).toEqual([]);
  });

  it("rejects an extra item even in a draft", () => {
    const rows = [...statusRows(), { criterionId: "B.CTX.4", value: "", notes: "", evidence: "" }];
    expect(issues(context, "draft", { items: rows }).map((i) => i.path)).toEqual(["items"]);
  });

  it("rejects a criterion id that does not match the item's place, even in a draft", () => {
    const rows = statusRows();
    rows[0]!.criterionId = "B.CTX.2";
    expect(issues(context, "draft", { items: rows }).map((i) => i.path)).toEqual(["items.0.criterionId"]);
  });

  it("rejects an answer that is not one of the five, even in a draft", () => {
    expect(issues(context, "draft", { items: statusRows(["", "maybe", ""]) })).toEqual([
      { path: "items.1.value", message: "Choose one of the answers" },
    ]);
  });
});

describe("risk section (during: funding and costs)", () => {
  const withFirst = (over: Partial<ReturnType<typeof riskRows>[number]>) => {
    const rows = riskRows();
    rows[0] = { ...rows[0]!, ...over };
    return { risks: rows };
  };

  it("saves a draft with nothing rated yet", () => {
    const result = parseSectionValues(funding, "draft", { risks: riskRows() });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.risks!.map((r) => [r.likelihood, r.impact, r.dueDate])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it.each(["0", "6", "abc", "2.5"])("rejects a likelihood of %j", (likelihood) => {
    expect(issues(funding, "draft", withFirst({ likelihood, impact: "2" }))).toEqual([
      { path: "risks.0.likelihood", message: "Choose a likelihood from 1 to 5" },
    ]);
  });

  it("accepts a likelihood of \"3\" and stores it as the number 3", () => {
    const result = parseSectionValues(funding, "draft", withFirst({ likelihood: "3", impact: "5" }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.risks![0]).toMatchObject({ likelihood: 3, impact: 5 });
  });

  it("requires likelihood and impact when completing", () => {
    const rated = riskRows().map((r) => ({ ...r, likelihood: "2", impact: "2" }));
    rated[1]!.impact = "";
    expect(issues(funding, "complete", { risks: rated })).toEqual([
      { path: "risks.1.impact", message: expect.stringMatching(/impact from 1 to 5$/) },
    ]);
  });

  it("asks a closed risk for no rating or owner when completing: scoring leaves it out", () => {
    const rows = riskRows().map((r) => ({ ...r, likelihood: "2", impact: "2" }));
    rows[0] = { ...rows[0]!, status: "closed", likelihood: "", impact: "", mitigation: "Resolved by the new bank", owner: "" };
    expect(issues(funding, "complete", { risks: rows })).toEqual([]);
    // The same risk still open needs both, and an owner for its mitigation.
    rows[0]!.status = "open";
    expect(issues(funding, "complete", { risks: rows }).map((i) => i.path)).toEqual(["risks.0.likelihood", "risks.0.impact", "risks.0.owner"]);
  });

  it("asks a risk that does not apply for the reason, and for no rating", () => {
    const rows = riskRows().map((r) => ({ ...r, likelihood: "2", impact: "2" }));
    rows[0] = { ...rows[0]!, status: "not_applicable", likelihood: "", impact: "", notes: "" };
    expect(issues(funding, "complete", { risks: rows })).toEqual([{ path: "risks.0.notes", message: expect.stringMatching(/why this risk does not arise/) }]);
    rows[0]!.notes = "The project pays no cash to anyone.";
    expect(issues(funding, "complete", { risks: rows })).toEqual([]);
    // An autosave keeps the unfinished choice as it is.
    rows[0]!.notes = "";
    expect(issues(funding, "draft", { risks: rows })).toEqual([]);
  });

  it.each(["2025-13-40", "31/12/2025", "tomorrow"])("rejects the due date %j", (dueDate) => {
    expect(issues(funding, "draft", withFirst({ dueDate }))).toEqual([
      { path: "risks.0.dueDate", message: "Enter the date as YYYY-MM-DD" },
    ]);
  });

  it("accepts a due date written YYYY-MM-DD", () => {
    const result = parseSectionValues(funding, "draft", withFirst({ dueDate: "2025-12-31" }));
    expect(result.ok && result.values.risks![0]!.dueDate).toBe("2025-12-31");
  });

  it("rejects a mitigation without an owner when completing, but saves it as a draft", () => {
    const rows = riskRows().map((r) => ({ ...r, likelihood: "3", impact: "4" }));
    rows[2]!.mitigation = "Pre-fund two months of costs";
    expect(issues(funding, "complete", { risks: rows })).toEqual([
      { path: "risks.2.owner", message: "Name who owns this mitigation" },
    ]);
    expect(issues(funding, "draft", { risks: rows })).toEqual([]);
    rows[2]!.owner = "Finance officer";
    expect(issues(funding, "complete", { risks: rows })).toEqual([]);
  });

  it("rejects an unknown risk status", () => {
    expect(issues(funding, "draft", withFirst({ status: "forgotten" }))).toEqual([
      { path: "risks.0.status", message: "Choose a status" },
    ]);
  });
});

describe("indicators section (after: result indicators)", () => {
  it("accepts a complete indicator and turns the numbers into numbers", () => {
    const result = parseSectionValues(indicators, "complete", { indicators: [indicatorRow({ actual: "90" })] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.indicators).toEqual([{ name: "Children enrolled", unit: "children", target: 120, actual: 90 }]);
  });

  it("rejects a negative target, even in a draft", () => {
    expect(issues(indicators, "draft", { indicators: [indicatorRow({ target: "-5" })] })).toEqual([
      { path: "indicators.0.target", message: "Target cannot be negative" },
    ]);
  });

  it("rejects an empty or blank name when completing, but saves it as a draft", () => {
    expect(issues(indicators, "complete", { indicators: [indicatorRow({ name: "" })] })).toEqual([
      { path: "indicators.0.name", message: "Name the indicator" },
    ]);
    expect(issues(indicators, "complete", { indicators: [indicatorRow({ name: "   " })] })).toEqual([
      { path: "indicators.0.name", message: "Name the indicator" },
    ]);
    expect(issues(indicators, "draft", { indicators: [indicatorRow({ name: "" })] })).toEqual([]);
  });

  it("requires a target when completing", () => {
    expect(issues(indicators, "complete", { indicators: [indicatorRow({ target: "" })] })).toEqual([
      { path: "indicators.0.target", message: "Enter a target" },
    ]);
  });
});
