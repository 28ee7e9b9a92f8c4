import { applicableChecklist } from "@/lib/checklists/applicable";
import { latestChecklist } from "@/lib/checklists/registry";
import type { Db, DbOrTx } from "./client";
import { seedEvidenceFile } from "./demo-evidence";
import { DEMO_ORGANIZATION_ID, DEMO_ORGANIZATION_NAME } from "./demo-organization";
import { answers, assessments, indicators, mitigations, organizations, ownRisks, partners, projectPartners, projects, risks } from "./schema";
import { demoProjects, harbourProject, type SeedAssessment, type SeedProject } from "./seed-data";
import { OTHER_DEMO_ORGANIZATION, seedDemoUsers } from "./seed-users";

/**
 * Creates the demo organisation the first time the app opens a database. The sample is added
 * only then, so projects a user deletes do not come back on the next start.
 */
export async function ensureDemoOrganization(db: Db, options: { withSample: boolean }) {
  await db.transaction(async (tx) => {
    const created = await tx
      .insert(organizations)
      .values({ id: DEMO_ORGANIZATION_ID, name: DEMO_ORGANIZATION_NAME, slug: "demo" })
      .onConflictDoNothing()
      .returning({ id: organizations.id });
    if (created.length && options.withSample) {
      const projectIds: string[] = [];
      for (const project of demoProjects) projectIds.push(await seedProject(tx, DEMO_ORGANIZATION_ID, project));
      await seedDemoUsers(tx, DEMO_ORGANIZATION_ID, projectIds[0] ?? null);
      await seedProject(tx, OTHER_DEMO_ORGANIZATION.id, harbourProject);
    }
  });
}

export async function seedProject(tx: DbOrTx, organizationId: string, spec: SeedProject): Promise<string> {
  const { partners: partnerSpecs, assessments: assessmentSpecs, ...columns } = spec;
  const [project] = await tx.insert(projects).values({ organizationId, ...columns }).returning({ id: projects.id });
  const projectId = project!.id;
  const partnerIds = new Map<string, string>();
  for (const p of partnerSpecs) {
    const [row] = await tx.insert(partners).values({ organizationId, ...p }).returning({ id: partners.id });
    partnerIds.set(p.name, row!.id);
    await tx.insert(projectPartners).values({ organizationId, projectId, partnerId: row!.id });
  }
  for (const a of assessmentSpecs) {
    await seedAssessment(tx, organizationId, projectId, spec, a, a.partner ? (partnerIds.get(a.partner) ?? null) : null);
  }
  return projectId;
}

async function seedAssessment(
  tx: DbOrTx,
  organizationId: string,
  projectId: string,
  project: SeedProject,
  spec: SeedAssessment,
  partnerId: string | null,
) {
  const checklist = applicableChecklist(latestChecklist(spec.kind), project.participationMode);
  const now = new Date();
  const [row] = await tx
    .insert(assessments)
    .values({
      organizationId,
      projectId,
      partnerId,
      kind: spec.kind,
      checklistVersion: checklist.version,
      participationMode: project.participationMode,
      status: spec.status,
      submittedAt: spec.status === "draft" ? null : now,
      submittedBy: spec.status === "draft" ? null : "Sofia Staff",
      reviewedAt: spec.status === "approved" ? now : null,
      reviewedBy: spec.status === "approved" ? "Malik Manager" : null,
    })
    .returning({ id: assessments.id });
  const assessmentId = row!.id;
  const items = checklist.sections.flatMap((s) => s.items);
  const answerRows = items
    .filter((item) => item.answerType === "status")
    .map((item) => ({ item, value: spec.answers?.[item.id] ?? spec.rest ?? null }))
    .filter(({ value }) => value !== null)
    .map(({ item, value }) => ({
      organizationId,
      assessmentId,
      criterionId: item.id,
      value,
      notes: spec.notes?.[item.id] ?? "",
    }));
  if (answerRows.length) await tx.insert(answers).values(answerRows);
  if (spec.ownRisks?.length) {
    await tx.insert(ownRisks).values(
      spec.ownRisks.map((o, n) => ({ organizationId, assessmentId, criterionId: `D.OWN.${n + 1}`, ...o, addedById: "demo-seed", addedByName: "Sofia Staff" })),
    );
  }
  for (const [criterionId, r] of Object.entries(spec.risks ?? {})) {
    const [risk] = await tx
      .insert(risks)
      .values({ organizationId, assessmentId, criterionId, likelihood: r.l ?? null, impact: r.i ?? null, status: r.status ?? "open", notes: r.notes ?? "" })
      .returning({ id: risks.id });
    if (r.mitigation) {
      await tx.insert(mitigations).values({
        organizationId,
        riskId: risk!.id,
        action: r.mitigation,
        owner: r.owner ?? "",
        dueDate: r.due ?? null,
      });
    }
  }
  if (spec.indicators?.length) {
    await tx.insert(indicators).values(
      spec.indicators.map((i, position) => ({
        organizationId,
        assessmentId,
        position,
        name: i.name,
        unit: i.unit,
        target: String(i.target),
        actual: i.actual === null ? null : String(i.actual),
      })),
    );
  }
  for (const [criterionId, name] of Object.entries(spec.files ?? {})) await seedEvidenceFile(tx, organizationId, assessmentId, criterionId, name);
}
