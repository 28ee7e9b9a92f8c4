import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import { parseSectionValues } from "@/lib/forms/section-schema";
import { versionTrends } from "@/lib/portfolio/version-trend";
import type { AnswerValue } from "@/lib/scoring/config";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { assessments } from "../schema";
import { seedProject } from "../seed";
import { checklistFor, completeSectionValues, demo } from "../testing/fixtures";
import { rawRows } from "../raw-rows";
import { setupTestDatabase } from "../testing/test-database";
import { saveSectionForOrg, submitAssessmentForOrg } from "./assessment-writes";
import { listAssessmentFactsForProject } from "./assessments";
import { listReviewQueueForOrg } from "./dashboard";
import { listProjectsWithAssessmentsForOrg } from "./portfolio";
import { listAssessmentVersionsForOrg } from "./portfolio-trends";
import { getProjectForOrg } from "./projects";
import { approveAssessmentForOrg, reopenAssessmentForOrg } from "./review";
import { listVersionsForOrg } from "./versions";

// Three projects, each with a BEFORE and a partner's due diligence taken through four versions:
// v1–v3 approved and reopened, v4 the draft being worked on. Each version has its own answers,
// so "latest", "history" and the trend can only come out right if the versions are told apart.
const db = setupTestDatabase();
const mode = "enterprise" as const;
const projectNames = ["North", "Centre", "South"];

/** The answers of each version, by project: v1…v4. A critical item not met is a red flag (High). */
const plan = (p: number): Record<"before" | "partner", Array<Record<string, AnswerValue>>> => ({
  before: [{ "B.CTX.2": "not_met" }, {}, p === 2 ? {} : { "B.CTX.2": "unknown" }, {}],
  partner: [{}, { "P.LEGAL.1": "not_met" }, {}, {}],
});

async function answer(id: string, kind: ChecklistKind, overrides: Record<string, AnswerValue>) {
  for (const section of checklistFor(kind, mode).sections) {
    const values = completeSectionValues(section) as { items: Array<{ criterionId: string; value: string }> };
    values.items = values.items.map((i) => ({ ...i, value: overrides[i.criterionId] ?? "met" }));
    const parsed = parseSectionValues(section, "complete", values);
    if (!parsed.ok) throw new Error(`fixture values for ${section.id} are not complete`);
    await saveSectionForOrg(demo, id, parsed.values);
  }
}

const projectIds: string[] = [];
/** Every version's id, by project and kind, oldest first. */
const versionIds: Array<Record<"before" | "partner", string[]>> = [];

beforeAll(async () => {
  for (const [p, name] of projectNames.entries()) {
    const projectId = await seedProject(db(), DEMO_ORGANIZATION_ID, {
      name,
      summary: "",
      hostCountry: "KE",
      sector: "Health",
      participationMode: mode,
      budget: "1000",
      currency: "EUR",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      partners: [{ name: `${name} partner`, country: "KE" }],
      assessments: [
        { kind: "before", status: "approved", rest: "met", answers: plan(p).before[0] },
        { kind: "partner", partner: `${name} partner`, status: "approved", rest: "met", answers: plan(p).partner[0] },
      ],
    });
    projectIds.push(projectId);
    const ids = { before: [] as string[], partner: [] as string[] };
    for (const kind of ["before", "partner"] as const) {
      const [first] = await db()
        .select({ id: assessments.id })
        .from(assessments)
        .where(and(eq(assessments.projectId, projectId), eq(assessments.kind, kind)));
      ids[kind].push(first!.id);
      for (let v = 2; v <= 4; v++) {
        const next = await reopenAssessmentForOrg(demo, ids[kind].at(-1)!);
        await answer(next, kind, plan(p)[kind][v - 1]!);
        if (v < 4) {
          await submitAssessmentForOrg(demo, next);
          // Four eyes: someone other than the submitter (the demo session) approves.
          await approveAssessmentForOrg({ ...demo, userId: "manager-user", userName: "Malik Manager", role: "manager" }, next, "");
        }
        ids[kind].push(next);
      }
    }
    versionIds.push(ids);
  }
});

describe("assessment versions as a series", () => {
  it("keeps one series per assessment with exactly one current version, the newest", async () => {
    const rows = await rawRows<{ versions: number; current: number; newest_is_current: boolean }>(db(), sql`
      select count(*)::int as versions, count(*) filter (where is_current)::int as current,
        bool_and(is_current = (version = (select max(version) from assessment b where b.series_id = a.series_id))) as newest_is_current
      from assessment a group by series_id`);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.versions === 4 && r.current === 1 && r.newest_is_current)).toBe(true);
  });

  it("shows each project's latest versions only", async () => {
    for (const [p, projectId] of projectIds.entries()) {
      const project = (await getProjectForOrg(demo, projectId))!;
      const latest = await listAssessmentFactsForProject(demo, project);
      expect(latest.map((a) => [a.kind, a.version, a.id, a.status]).sort()).toEqual([
        ["before", 4, versionIds[p]!.before[3], "draft"],
        ["partner", 4, versionIds[p]!.partner[3], "draft"],
      ]);
    }
    const portfolio = await listProjectsWithAssessmentsForOrg(demo);
    expect(portfolio.flatMap((row) => row.assessments.map((a) => a.version))).toEqual(Array(6).fill(4));
    expect(await listReviewQueueForOrg(demo)).toEqual([]);
  });

  it("lists the same history, oldest first, from any version of the series", async () => {
    for (const ids of versionIds) {
      for (const kind of ["before", "partner"] as const) {
        for (const id of [ids[kind][0]!, ids[kind][2]!, ids[kind][3]!]) {
          const history = (await listVersionsForOrg(demo, id))!.versions;
          expect(history.map((v) => [v.id, v.version, v.status])).toEqual([
            [ids[kind][0], 1, "approved"],
            [ids[kind][1], 2, "approved"],
            [ids[kind][2], 3, "approved"],
            [ids[kind][3], 4, "draft"],
          ]);
        }
      }
    }
  });

  it("rates every version from its own answers in the portfolio trend", async () => {
    const lineages = await listAssessmentVersionsForOrg(demo);
    expect(lineages).toHaveLength(6);
    const trends = await Promise.all(
      projectIds.map(async (id) => versionTrends((await getProjectForOrg(demo, id))!, lineages).map((t) => `${t.label}: ${t.text}`)),
    );
    // BEFORE with B.CTX.2 not met or unknown: Country context 100 × 3 ÷ 8 = 37.5, checklist 3 × 37.5 ÷ 19 = 5.9,
    // lifted to High by the red flag. Partner with P.LEGAL.1 not met: 100 × 3 ÷ 5 = 60, 3 × 60 ÷ 18 = 10.0, High.
    // v4, each series' current draft, is left out: a trend compares submitted versions only.
    const partner = (name: string) => `Partner: ${name} partner: v1 Low (0.0) → v2 High (10.0) → v3 Low (0.0)`;
    expect(trends).toEqual([
      ["Before: v1 High (5.9) → v2 Low (0.0) → v3 High (5.9)", partner("North")],
      ["Before: v1 High (5.9) → v2 Low (0.0) → v3 High (5.9)", partner("Centre")],
      ["Before: v1 High (5.9) → v2 Low (0.0) → v3 Low (0.0)", partner("South")],
    ]);
  });
});
