import { describe, expect, it } from "vitest";
import type { AssessmentFacts, AssessmentStatus } from "@/lib/domain/facts";
import type { Locale } from "@/lib/i18n/locales";
import { buildAssessmentReport } from "../assessment-report";
import { buildProjectReport } from "../project-report";
import { checklistFacts, duringFacts, sampleProjectFacts } from "../testing/sample-facts";
import { buildAssessmentOutline } from "./assessment-outline";
import type { BlockKind, ReportBlock } from "./blocks";
import { buildProjectOutline } from "./project-outline";

/* What a printed copy carries besides the report: the watermark of a version that is not final, and lines to sign. */

function block<K extends BlockKind>(blocks: ReportBlock[], kind: K): Extract<ReportBlock, { kind: K }> {
  const found = blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} block`);
  return found as Extract<ReportBlock, { kind: K }>;
}

const reviewedFacts = { reviewedBy: "Amina Diallo", reviewedAt: new Date("2025-03-02T10:00:00Z") };
function assessment(status: AssessmentStatus, locale: Locale = "en", facts: AssessmentFacts = checklistFacts("before")) {
  const reviewed = status === "approved" || status === "returned" ? reviewedFacts : {};
  return buildAssessmentOutline(buildAssessmentReport(sampleProjectFacts(), { ...facts, status, ...reviewed }, locale), locale);
}

describe("the watermark of an assessment's printed copy", () => {
  it("marks a draft, in the reader's language", () => {
    expect(assessment("draft").watermark).toBe("DRAFT");
    expect(assessment("draft", "zh-CN").watermark).toBe("草稿");
    expect(assessment("draft", "en", duringFacts()).watermark).toBe("DRAFT");
  });

  it("marks a returned version as returned: sent back, not final, but no longer the one being written", () => {
    expect(assessment("returned").watermark).toBe("RETURNED");
    expect(assessment("returned", "zh-CN").watermark).toBe("已退回");
  });

  it("leaves a submitted and an approved version unmarked", () => {
    expect(assessment("submitted").watermark).toBeNull();
    expect(assessment("approved").watermark).toBeNull();
    expect(assessment("approved", "zh-CN").watermark).toBeNull();
  });
});

describe("the watermark of a project report", () => {
  const project = (statuses: AssessmentStatus[], locale: Locale = "en") => {
    const parts = [checklistFacts("before"), duringFacts(), checklistFacts("partner")].slice(0, statuses.length);
    const report = buildProjectReport(sampleProjectFacts(), parts.map((f, i) => ({ ...f, status: statuses[i]! })), locale);
    return buildProjectOutline(report, locale).watermark;
  };

  it("marks the whole dossier a draft while any started stage is a draft or returned", () => {
    expect(project(["approved", "draft"])).toBe("DRAFT");
    expect(project(["submitted", "approved", "returned"])).toBe("DRAFT");
    expect(project(["approved", "draft"], "zh-CN")).toBe("草稿");
  });

  it("leaves it unmarked once every started stage is submitted or approved; stages not started mark nothing", () => {
    expect(project(["approved", "submitted", "approved"])).toBeNull();
    expect(project(["approved"])).toBeNull();
  });
});

describe("the lines a printed sign-off is signed on", () => {
  it("an approved assessment: submitter and reviewer by name, with lines for signature and date", () => {
    expect(block(assessment("approved").blocks, "sign-off").signatures).toEqual({
      labels: { name: "Name", signature: "Signature", date: "Date" },
      people: [
        { key: "submitter", role: "Submitter", name: "Noy Phommasack" },
        { key: "reviewer", role: "Reviewer", name: "Amina Diallo" },
      ],
    });
  });

  it("leaves a name blank to write in while nobody holds the role: the reviewer of a submitted version, both on a draft", () => {
    const names = (status: AssessmentStatus) => block(assessment(status).blocks, "sign-off").signatures.people.map((p) => p.name);
    expect(names("submitted")).toEqual(["Noy Phommasack", null]);
    expect(names("returned")).toEqual(["Noy Phommasack", "Amina Diallo"]);
    expect(names("draft")).toEqual([null, null]);
  });

  it("words them in Chinese for a Chinese reader", () => {
    const signatures = block(assessment("approved", "zh-CN").blocks, "sign-off").signatures;
    expect(signatures.labels).toEqual({ name: "姓名", signature: "签名", date: "日期" });
    expect(signatures.people.map((p) => p.role)).toEqual(["提交人", "审核人"]);
  });

  it("a project report: who prepared the pack and who approves it, both written in by hand", () => {
    const report = buildProjectReport(sampleProjectFacts(), [{ ...checklistFacts("before"), status: "approved", ...reviewedFacts }], "zh-CN");
    expect(block(buildProjectOutline(report, "zh-CN").blocks, "project-sign-off").signatures.people).toEqual([
      { key: "preparer", role: "编制人", name: null },
      { key: "approver", role: "批准人", name: null },
    ]);
  });
});
