import { describe, expect, it } from "vitest";
import { getChecklist } from "@/lib/checklists/registry";
import { englishText } from "@/lib/i18n/translator";
import { projectSchema } from "@/lib/projects/project-schema";
import { decimalInput, MAX_AMOUNT } from "./decimal-input";
import { parseSectionValues } from "./section-schema";

const indicators = getChecklist("after", 1).sections.find((s) => s.kind === "indicators")!;
const withTarget = (target: string) => ({ indicators: [{ name: "Pupils fed", unit: "", target, actual: "" }] });

describe("numbers typed into text boxes", () => {
  it("reads plain decimals, treats blank as no value and refuses anything else", () => {
    expect(decimalInput(" 12.5 ")).toBe(12.5);
    expect(decimalInput("   ")).toBeNull();
    expect(decimalInput("12,5")).toBeNaN();
    expect(decimalInput("0x10")).toBeNaN();
    expect(decimalInput("1e3")).toBeNaN();
  });

  it("asks for a target instead of storing a blank one as zero", () => {
    const result = parseSectionValues(indicators, "complete", withTarget(" "));
    expect(result.ok ? [] : result.issues.map((i) => ({ ...i, message: englishText(i.message) }))).toEqual([{ path: "indicators.0.target", message: "Enter a target" }]);
  });

  it("refuses a comma decimal with a message that shows the expected form", () => {
    const result = parseSectionValues(indicators, "draft", withTarget("12,5"));
    expect(englishText(result.ok ? "" : result.issues[0]!.message)).toBe("Target must be a number, like 1200 or 12.5");
  });

  it("refuses amounts the database column cannot hold, and accepts the largest it can", () => {
    expect(parseSectionValues(indicators, "draft", withTarget("1000000000000")).ok).toBe(false);
    expect(parseSectionValues(indicators, "draft", withTarget(String(MAX_AMOUNT))).ok).toBe(true);
    const budget = (value: string) =>
      projectSchema.safeParse({
        name: "P", summary: "", hostCountry: "LA", sector: "Education", participationMode: "territorial",
        budget: value, currency: "USD", startDate: "2027-01-01", endDate: "2027-02-01", partners: [],
      });
    expect(budget("1000000000000").success).toBe(false);
    // The schema's message is a reference (lib/i18n/message-ref.ts); read it in English.
    expect(englishText(budget("").error?.issues[0]?.message ?? "")).toBe("Enter the budget as a number, like 25000 or 25000.50");
  });
});
