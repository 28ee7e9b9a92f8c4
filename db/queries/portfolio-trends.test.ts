import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { parseSectionValues } from "@/lib/forms/section-schema";
import { describeVersions, lineageLabel, rateVersions, versionTrends } from "@/lib/portfolio/version-trend";
import type { Actor, SessionContext } from "@/lib/domain/session-context";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { assessments, partners, projectPartners } from "../schema";
import { seedProject } from "../seed";
import { addMembership, addUser, giveProject } from "../testing/access-fixtures";
import { checklistFor, completeSectionValues, demo, other, seedOtherOrganization, seedProjectSpec } from "../testing/fixtures";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "../testing/test-database";
import { saveSectionForOrg } from "./assessment-writes";
import { getProjectForOrg } from "./projects";
import { listPortfolioForOrg } from "./portfolio-counted";
import { listAssessmentVersionsForOrg } from "./portfolio-trends";
import { scopeFor } from "./scope";
import { reopenAssessmentForOrg } from "./review";

const db = setupTestDatabase();
const eva: Actor = { ...demo, userId: "eva", userName: "Eva Evaluator", role: "evaluator" };
/** Eva's scope, built once her project is given (as a request of hers would). */
let evaluator: SessionContext;

const project = seedProjectSpec;

let A: string, B: string, otherProjectId: string;
beforeAll(async () => {
  await addUser(db(), demo.userId);
  // A: BEFORE approved with a critical item not met (v1 High), reopened and fixed (v2 Low); a partner's due diligence.
  A = await seedProject(
    db(),
    DEMO_ORGANIZATION_ID,
    project("Project A", {
      partners: [{ name: "Shared partner", country: "KE" }],
      assessments: [
        { kind: "before", status: "approved", rest: "met", answers: { "B.CTX.2": "not_met" } },
        { kind: "partner", partner: "Shared partner", status: "draft", rest: "met" },
        { kind: "during", status: "draft", risks: { "D.PART.1": { l: 4, i: 4, mitigation: "Visit", owner: "Lead" } } },
      ],
    }),
  );
  const [before] = await db()
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.projectId, A), eq(assessments.kind, "before")));
  const v2 = await reopenAssessmentForOrg(demo, before!.id);
  const context = checklistFor("before", "enterprise").sections.find((s) => s.id === "country-context")!;
  const parsed = parseSectionValues(context, "complete", completeSectionValues(context));
  if (!parsed.ok) throw new Error("fixture values are not complete");
  await saveSectionForOrg(demo, v2, parsed.values);

  // B works with A's partner too: the partner's due diligence belongs in B's picture as well.
  B = await seedProject(db(), DEMO_ORGANIZATION_ID, project("Project B", { assessments: [{ kind: "after", status: "draft", rest: "met" }] }));
  const [partner] = await db().select({ id: partners.id }).from(partners).where(eq(partners.name, "Shared partner"));
  await db().insert(projectPartners).values({ organizationId: DEMO_ORGANIZATION_ID, projectId: B, partnerId: partner!.id });

  otherProjectId = (await seedOtherOrganization(db())).projectId;
  await addUser(db(), eva.userId);
  await addMembership(db(), DEMO_ORGANIZATION_ID, eva.userId, "evaluator");
  await giveProject(db(), DEMO_ORGANIZATION_ID, eva.userId, B);
  // The same person is given the other organisation's project there: it never shows in the demo organisation.
  await addMembership(db(), OTHER_ORGANIZATION_ID, eva.userId, "evaluator");
  await giveProject(db(), OTHER_ORGANIZATION_ID, eva.userId, otherProjectId);
  evaluator = await scopeFor(eva);
});

const summary = async (ctx: SessionContext, projectId: string) => {
  const facts = (await getProjectForOrg(ctx, projectId))!;
  return versionTrends(facts, await listAssessmentVersionsForOrg(ctx)).map((t) => `${t.label}: ${t.text}${t.word ? ` (${t.word})` : ""}`);
};

/** Every version the query lists, drafts included, each as its scores rate it (sorted by label). */
const everyVersion = async (ctx: SessionContext, projectId: string) => {
  const facts = (await getProjectForOrg(ctx, projectId))!;
  return (await listAssessmentVersionsForOrg(ctx))
    .filter((l) => l.projectId === projectId)
    .map((l) => `${lineageLabel(l)}: ${describeVersions(rateVersions(l.versions))}`)
    .sort();
};

describe("listAssessmentVersionsForOrg", () => {
  it("lists every version of each assessment: a settled one with its scores (from its answers when none are stored), a draft with none", async () => {
    // v1 (seeded approved, no stored scores): Country context = 100 × 3 ÷ 8 = 37.5, checklist
    // 3 × 37.5 ÷ 19 = 5.9, lifted to High by the red flag. The drafts move with every answer: not rated.
    expect(await everyVersion(demo, A)).toEqual(["Before: v1 High (5.9) → v2 not rated", "During: v1 not rated", "Partner: Shared partner: v1 not rated"]);
    expect(await everyVersion(demo, B)).toEqual(["After: v1 not rated", "Partner: Shared partner: v1 not rated"]);
  });

  it("leaves drafts out of the trend: before's v2 is a draft, so there is no trend yet", async () => {
    expect(await summary(demo, A)).toEqual(["Before: v1 High (5.9)", "Partner: Shared partner: ", "During: "]);
  });

  it("never lists another organisation's assessments", async () => {
    const mine = await listAssessmentVersionsForOrg(demo);
    expect(new Set(mine.map((l) => l.projectId))).toEqual(new Set([A, B]));
    const theirs = await listAssessmentVersionsForOrg(other);
    expect(new Set(theirs.map((l) => l.projectId))).toEqual(new Set([otherProjectId]));
    expect(theirs.map((l) => l.kind).sort()).toEqual(["before", "during", "partner"]);
  });

  it("shows an evaluator only the projects given to them", async () => {
    const seen = await listAssessmentVersionsForOrg(evaluator);
    // The shared partner's due diligence was started under A: B's managers see it in B's picture,
    // but an evaluator given only B does not (opening it would answer "not found").
    expect(seen.map((l) => [l.projectId, l.kind]).sort()).toEqual([[B, "after"]]);
    expect(await listAssessmentVersionsForOrg(await scopeFor({ ...eva, userId: "given-nothing" }))).toEqual([]);
  });
});

/** What the portfolio counts for each project it lists: per assessment, its versions read (the current one and, under a draft, the one before). */
const counted = async (ctx: SessionContext) =>
  Object.fromEntries(
    (await listPortfolioForOrg(ctx)).map(({ project: p, lineages }) => [
      p.name,
      lineages.map((l) => `${lineageLabel(l)}: ${l.versions.map((v) => `v${v.version} ${v.status}${v.scores ? ` ${v.scores.rating}` : ""}`).join(", ")}`).sort(),
    ]),
  );

describe("listPortfolioForOrg", () => {
  it("counts each assessment's current version and, under a draft, the settled version before it; a shared partner under both projects", async () => {
    expect(await counted(demo)).toEqual({
      "Project A": ["Before: v1 approved High, v2 draft", "During: v1 draft", "Partner: Shared partner: v1 draft"],
      "Project B": ["After: v1 draft", "Partner: Shared partner: v1 draft"],
    });
  });

  it("never counts another organisation's projects, and shows an evaluator only what opens for them", async () => {
    expect(Object.keys(await counted(other))).toEqual([expect.any(String)]);
    expect(await counted(evaluator)).toEqual({ "Project B": ["After: v1 draft"] });
  });
});
