import { and, eq } from "drizzle-orm";
import { applicableChecklist } from "@/lib/checklists/applicable";
import type { ChecklistKind, ChecklistSection, ParticipationModeId } from "@/lib/checklists/definition-schema";
import { latestChecklist } from "@/lib/checklists/registry";
import { parseSectionValues } from "@/lib/forms/section-schema";
import { projectSchema, type ProjectInput, type ProjectValues } from "@/lib/projects/project-schema";
import type { SessionContext } from "@/lib/domain/session-context";
import type { Db } from "../client";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { saveSectionForOrg, submitAssessmentForOrg } from "../queries/assessment-writes";
import { startAssessmentForOrg } from "../queries/assessments";
import { addEvidenceFileForOrg } from "../queries/evidence-files";
import { createProjectForOrg, getProjectForOrg } from "../queries/projects";
import { SAMPLE_PDF } from "@/lib/evidence/testing/sample-files";
import { assessments, evidenceFiles, fileBlobs, ownRisks, partners } from "../schema";
import { seedProject } from "../seed";
import type { SeedProject } from "../seed-data";
import { OTHER_ORGANIZATION_ID } from "./test-database";

// `satisfies`, not a type annotation: `{ ...demo, role: "manager" }` stays a valid scope, while
// `{ ...demo, role: "evaluator" }` does not typecheck (an evaluator's scope needs scopeFor).
export const demo = {
  organizationId: DEMO_ORGANIZATION_ID,
  organizationName: "Demo",
  userId: "demo-user",
  userName: "Test officer",
  role: "admin",
} satisfies SessionContext;
export const other = {
  organizationId: OTHER_ORGANIZATION_ID,
  organizationName: "Other NGO",
  userId: "other-user",
  userName: "Other officer",
  role: "admin",
} satisfies SessionContext;

/** A valid project form as the browser sends it; override any field. */
export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    name: "Community health workers",
    summary: "Training and kits for health workers in two districts.",
    hostCountry: "KE",
    sector: "Health",
    participationMode: "enterprise",
    budget: "125000.5",
    currency: "EUR",
    startDate: "2026-05-01",
    endDate: "2027-04-30",
    partners: [],
    ...overrides,
  };
}

/** A project as the seed writes it straight to the tables (no assessments unless given); override any field. */
export function seedProjectSpec(name: string, spec: Partial<SeedProject> = {}): SeedProject {
  return {
    name,
    summary: "",
    hostCountry: "KE",
    sector: "Health",
    participationMode: "enterprise",
    budget: "1000",
    currency: "EUR",
    startDate: "2026-01-01",
    endDate: "2026-12-31",
    partners: [],
    assessments: [],
    ...spec,
  };
}

export function projectValues(overrides: Partial<ProjectInput> = {}): ProjectValues {
  return projectSchema.parse(projectInput(overrides));
}

export function checklistFor(kind: ChecklistKind, mode: ParticipationModeId) {
  return applicableChecklist(latestChecklist(kind), mode);
}

/** Values that pass the section's "complete" schema, built from the checklist itself. */
export function completeSectionValues(section: ChecklistSection) {
  if (section.kind === "indicators") {
    return { indicators: [{ name: "Health posts supplied", unit: "posts", target: 25, actual: 10 }] };
  }
  if (section.items[0]?.answerType === "risk") {
    return {
      risks: section.items.map((item) => ({
        criterionId: item.id,
        likelihood: 2,
        impact: 3,
        status: "open",
        mitigation: "Monthly call with the partner",
        owner: "Project officer",
        dueDate: "2027-01-31",
        notes: "",
      })),
    };
  }
  return { items: section.items.map((item) => ({ criterionId: item.id, value: "met", notes: "", evidence: "Checked on site" })) };
}

export type OtherOrgRows = {
  /** A file attached to beforeId. */
  evidenceFileId: string;
  projectId: string;
  partnerId: string;
  beforeId: string;
  partnerAssessmentId: string;
  /** Holds their own risk D.OWN.1. */
  duringId: string;
};

/** A project of the second organisation with a partner and three draft assessments. */
export async function seedOtherOrganization(db: Db): Promise<OtherOrgRows> {
  const projectId = await seedProject(db, OTHER_ORGANIZATION_ID, {
    name: "Other NGO water project",
    summary: "Belongs to another organisation.",
    hostCountry: "UG",
    sector: "Water and sanitation",
    participationMode: "territorial",
    budget: "50000",
    currency: "USD",
    startDate: "2026-01-01",
    endDate: "2026-12-31",
    partners: [{ name: "Other partner", country: "UG" }],
    assessments: [
      { kind: "before", status: "draft", rest: "met" },
      { kind: "partner", partner: "Other partner", status: "draft", rest: "partly_met" },
      { kind: "during", status: "draft", risks: { "D.PART.1": { l: 2, i: 2, mitigation: "Visit", owner: "Lead" } } },
    ],
  });
  const [partner] = await db.select({ id: partners.id }).from(partners).where(eq(partners.organizationId, OTHER_ORGANIZATION_ID));
  const rows = await db
    .select({ id: assessments.id, kind: assessments.kind })
    .from(assessments)
    .where(and(eq(assessments.organizationId, OTHER_ORGANIZATION_ID), eq(assessments.projectId, projectId)));
  const idOf = (kind: ChecklistKind) => rows.find((r) => r.kind === kind)!.id;
  // Their own risk D.OWN.1 on the during draft.
  await db.insert(ownRisks).values({ organizationId: OTHER_ORGANIZATION_ID, assessmentId: idOf("during"), criterionId: "D.OWN.1", sectionId: "delivery", title: "Their own risk", addedById: "seed", addedByName: "Seed" });
  return {
    evidenceFileId: await seedEvidenceFile(db, OTHER_ORGANIZATION_ID, idOf("before")),
    projectId,
    partnerId: partner!.id,
    beforeId: idOf("before"),
    partnerAssessmentId: idOf("partner"),
    duringId: idOf("during"),
  };
}

export { SAMPLE_PDF } from "@/lib/evidence/testing/sample-files";

/**
 * A file attached straight in the database (bytes in file_blob), for any assessment, a submitted
 * one too: fixtures of the access tests. The app attaches through addEvidenceFileForOrg.
 */
export async function seedEvidenceFile(db: Db, organizationId: string, assessmentId: string, criterionId = "B.CTX.1"): Promise<string> {
  const storageKey = `${organizationId}/${crypto.randomUUID()}`;
  await db.insert(fileBlobs).values({ key: storageKey, organizationId, size: SAMPLE_PDF.byteLength, bytes: SAMPLE_PDF });
  const [row] = await db
    .insert(evidenceFiles)
    .values({ organizationId, assessmentId, criterionId, name: "certificate.pdf", mediaType: "application/pdf", size: SAMPLE_PDF.byteLength, sha256: "seeded", storageKey, addedById: "seed", addedByName: "Seed" })
    .returning({ id: evidenceFiles.id });
  return row!.id;
}

/** Saves every section of the assessment with complete values, through the query layer. */
export async function answerEverySection(id: string, kind: ChecklistKind, mode: ParticipationModeId) {
  for (const section of checklistFor(kind, mode).sections) {
    const parsed = parseSectionValues(section, "complete", completeSectionValues(section));
    if (!parsed.ok) throw new Error(`Fixture values for ${section.id} are not complete: ${JSON.stringify(parsed.issues)}`);
    await saveSectionForOrg(demo, id, parsed.values);
  }
}

export type DemoRows = {
  /** A file attached to beforeId. */
  evidenceFileId: string;
  projectId: string;
  partnerId: string;
  /** A partner of the organisation that is not linked to projectId. */
  unlinkedPartnerId: string;
  beforeId: string;
  duringId: string;
  submittedId: string;
};

/** The demo organisation's rows the action tests act on: drafts, and a complete submitted assessment. */
export async function seedDemoRows(): Promise<DemoRows> {
  const projectId = await createProjectForOrg(demo, projectValues({ partners: [{ name: "Demo partner", country: "KE" }] }));
  const partnerId = (await getProjectForOrg(demo, projectId))!.partners[0]!.id;
  const elsewhere = await createProjectForOrg(demo, projectValues({ name: "Elsewhere", partners: [{ name: "Unlinked partner", country: "TZ" }] }));
  const unlinkedPartnerId = (await getProjectForOrg(demo, elsewhere))!.partners[0]!.id;
  const beforeId = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
  const duringId = await startAssessmentForOrg(demo, { projectId, kind: "during", partnerId: null });
  const submittedId = await startAssessmentForOrg(demo, { projectId: elsewhere, kind: "before", partnerId: null });
  await answerEverySection(submittedId, "before", "enterprise");
  await submitAssessmentForOrg(demo, submittedId);
  const evidenceFileId = (await addEvidenceFileForOrg(demo, { assessmentId: beforeId, criterionId: "B.CTX.1", name: "registration.pdf", bytes: SAMPLE_PDF })).id;
  return { evidenceFileId, projectId, partnerId, unlinkedPartnerId, beforeId, duringId, submittedId };
}
