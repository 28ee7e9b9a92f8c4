import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { SCORE_MODEL } from "@/lib/scoring/config";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { assessments } from "../schema";
import { seedProject } from "../seed";
import { demo, other, seedOtherOrganization, seedProjectSpec } from "../testing/fixtures";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "../testing/test-database";
import { selectAssessments } from "./assessments";
import { refreshStoredScores, settledScoresForOrg } from "./stored-scores";

const db = setupTestDatabase();
let approved: string, draft: string, theirs: string[];

const stored = async (ids: string[]) =>
  db().select({ id: assessments.id, snapshot: assessments.scoreSnapshot, model: assessments.scoreModel }).from(assessments).where(inArray(assessments.id, ids));

beforeAll(async () => {
  // BEFORE approved with B.CTX.2 (critical) not met: 5.9, lifted to High by its red flag.
  const projectId = await seedProject(
    db(),
    DEMO_ORGANIZATION_ID,
    seedProjectSpec("Scored project", {
      assessments: [
        { kind: "before", status: "approved", rest: "met", answers: { "B.CTX.2": "not_met" } },
        { kind: "after", status: "draft", rest: "met" },
      ],
    }),
  );
  const rows = await db().select({ id: assessments.id, kind: assessments.kind }).from(assessments).where(eq(assessments.projectId, projectId));
  approved = rows.find((r) => r.kind === "before")!.id;
  draft = rows.find((r) => r.kind === "after")!.id;
  await seedOtherOrganization(db());
  theirs = (await db().select({ id: assessments.id }).from(assessments).where(eq(assessments.organizationId, OTHER_ORGANIZATION_ID))).map((r) => r.id);
  // Theirs submitted too, so the refresh has something of each organisation to score.
  await db().update(assessments).set({ status: "submitted" }).where(inArray(assessments.id, theirs));
});

const expected = { score: 3 * 37.5 / 19, rating: "High", redFlags: 1, gaps: 0 };

describe("the stored scores of settled versions", () => {
  it("are computed from the answers while none is stored, and never for a draft", async () => {
    const rows = await selectAssessments(db()).where(inArray(assessments.id, [approved, draft]));
    const scores = await settledScoresForOrg(db(), demo, rows);
    expect(scores.get(approved)).toEqual(expected);
    expect(scores.has(draft)).toBe(false);
  });

  it("are stored by the start-up refresh for every organisation, each under its own scope, and drafts are left alone", async () => {
    expect(await refreshStoredScores(db(), 2)).toBeGreaterThanOrEqual(1 + theirs.length);
    expect(await stored([approved, draft])).toEqual(
      expect.arrayContaining([
        { id: approved, snapshot: expected, model: SCORE_MODEL },
        { id: draft, snapshot: null, model: null },
      ]),
    );
    for (const row of await stored(theirs)) expect(row.model).toBe(SCORE_MODEL);
    // Nothing is left to do: a second start scores nothing.
    expect(await refreshStoredScores(db())).toBe(0);
  });

  it("are read as stored, unless other scoring rules made them", async () => {
    await db().update(assessments).set({ scoreSnapshot: { score: 99, rating: "Low", redFlags: 0, gaps: 0 } }).where(eq(assessments.id, approved));
    const read = async () => (await settledScoresForOrg(db(), demo, await selectAssessments(db()).where(eq(assessments.id, approved)))).get(approved);
    expect(await read()).toEqual({ score: 99, rating: "Low", redFlags: 0, gaps: 0 });
    await db().update(assessments).set({ scoreModel: SCORE_MODEL - 1 }).where(eq(assessments.id, approved));
    expect(await read()).toEqual(expected);
    await refreshStoredScores(db());
    expect(await stored([approved])).toEqual([{ id: approved, snapshot: expected, model: SCORE_MODEL }]);
  });

  it("are not read across organisations: another organisation's versions are not scored for this one", async () => {
    await db().update(assessments).set({ scoreSnapshot: null }).where(inArray(assessments.id, theirs));
    const rows = await selectAssessments(db()).where(inArray(assessments.id, theirs));
    expect((await settledScoresForOrg(db(), demo, rows)).size).toBe(0);
    expect((await settledScoresForOrg(db(), other, rows)).size).toBe(theirs.length);
  });
});
