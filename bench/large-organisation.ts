import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";
import { ensureDemoOrganization, seedProject } from "@/db/seed";
import type { SeedAssessment, SeedProject } from "@/db/seed-data";
import { member, user } from "@/db/schema";
import { demoUsers } from "@/db/seed-users";
import { participationModeIds } from "@/lib/checklists/definition-schema";
import type { AnswerValue } from "@/lib/scoring/config";

/**
 * A large organisation for the page timings: 2,000 projects, about 10,000 assessment series with up
 * to four versions each, some 300,000 answers (each with its edit in the audit log) and 40 members, in the demo organisation (its demo
 * users sign in to it). Not part of the demo: `npm run bench:seed` puts it in a database of its own.
 */
export const LARGE = { projects: 2000, members: 40 };

const countries = ["LA", "KH", "MM", "NP", "BD", "KE", "ET", "LK", "PK", "UG"];
const sectors = ["Education", "Health", "Livelihoods", "Water and sanitation", "Disaster relief"];
const modes = participationModeIds;
const values: AnswerValue[] = ["met", "met", "met", "partly_met", "not_met", "unknown"];

function projectSpec(n: number): SeedProject {
  const pick = <T,>(list: readonly T[], k = 1) => list[(n * k) % list.length]!;
  const assessment = (kind: SeedAssessment["kind"], status: SeedAssessment["status"], partner?: string): SeedAssessment => ({
    kind,
    status,
    partner,
    rest: pick(values, kind.length),
    answers: {},
    risks: kind === "during" ? { "D.PART.1": { l: 1 + (n % 5), i: 1 + ((n >> 2) % 5) }, "D.FUND.2": { l: 2, i: 1 + (n % 5) } } : undefined,
  });
  return {
    name: `Project ${String(n + 1).padStart(4, "0")} ${pick(sectors)} in ${pick(countries, 3)}`,
    summary: "",
    hostCountry: pick(countries, 3),
    sector: pick(sectors),
    participationMode: pick(modes, 7),
    budget: String(20_000 + (n % 50) * 5_000),
    currency: "USD",
    startDate: `202${5 + (n % 3)}-0${1 + (n % 9)}-01`,
    endDate: `202${7 + (n % 3)}-12-31`,
    partners: [{ name: `Partner ${n + 1}`, country: pick(countries, 3) }, { name: `Partner ${n + 1}b`, country: pick(countries, 5) }],
    assessments: [
      assessment("before", n % 4 === 0 ? "draft" : "approved"),
      assessment("partner", "approved", `Partner ${n + 1}`),
      assessment("partner", n % 3 === 0 ? "submitted" : "approved", `Partner ${n + 1}b`),
      assessment("during", "draft"),
      assessment("after", n % 2 === 0 ? "approved" : "draft"),
    ],
  };
}

/**
 * Older versions: for three series in four, copies of the current version (status submitted, not
 * current) with its answers, so a series has up to four versions. One statement per table.
 */
async function addOlderVersions(db: Db) {
  for (const older of [1, 2, 3]) {
    await db.transaction(async (tx) => {
      // The series kept this round: their current version moves up one, a frozen copy takes its number.
      await tx.execute(sql`create temp table picked on commit drop as
        select id, series_id from assessment
        where organization_id = ${DEMO_ORGANIZATION_ID} and is_current and version = ${older}
          and ('x' || substr(md5(series_id::text), 1, 2))::bit(8)::int % 4 < ${4 - older}`);
      await tx.execute(sql`update assessment set version = ${older + 1} where organization_id = ${DEMO_ORGANIZATION_ID} and id in (select id from picked)`);
      await tx.execute(sql`
        with inserted as (
          insert into assessment (organization_id, project_id, partner_id, kind, checklist_version, participation_mode, status, series_id, version, is_current, submitted_at, submitted_by)
          select a.organization_id, a.project_id, a.partner_id, a.kind, a.checklist_version, a.participation_mode, 'submitted', a.series_id, ${older}, false, now(), 'Bench'
          from assessment a join picked p on p.id = a.id
          where a.organization_id = ${DEMO_ORGANIZATION_ID}
          returning id, series_id
        )
        insert into answer (organization_id, assessment_id, criterion_id, value, notes)
        select x.organization_id, i.id, x.criterion_id, x.value, x.notes
        from inserted i join picked p on p.series_id = i.series_id join answer x on x.assessment_id = p.id and x.organization_id = ${DEMO_ORGANIZATION_ID}`);
    });
  }
}

/**
 * The audit log such an organisation has built up: each assessment's start and submission, and
 * one edit per answer, by its members in turn over the past year. One statement.
 */
async function addAuditHistory(db: Db) {
  await db.execute(sql`
    with people as (select array_agg(m.user_id order by m.user_id) as ids, array_agg(u.name order by m.user_id) as names
        from member m join "user" u on u.id = m.user_id where m.organization_id = ${DEMO_ORGANIZATION_ID}),
      entries as (
        select a.id::text as entity_id, 'assessment' as entity_type, 'assessment.start' as action, a.series_id::text as who, 0 as step from assessment a
          where a.organization_id = ${DEMO_ORGANIZATION_ID}
        union all
        select a.id::text, 'assessment', 'assessment.submit', a.series_id::text, 900 from assessment a
          where a.organization_id = ${DEMO_ORGANIZATION_ID} and a.status <> 'draft'
        union all
        select x.assessment_id::text || '/' || x.criterion_id, 'answer', 'answer.edit', x.assessment_id::text || x.criterion_id, 1 from answer x
          where x.organization_id = ${DEMO_ORGANIZATION_ID})
    insert into audit_log (organization_id, actor_id, actor_name, action, entity_type, entity_id, after, created_at)
    select ${DEMO_ORGANIZATION_ID}, p.ids[1 + k.n % array_length(p.ids, 1)], p.names[1 + k.n % array_length(p.ids, 1)], e.action, e.entity_type, e.entity_id,
      '{"value": "met"}'::jsonb, now() - ((k.n % 525600) || ' minutes')::interval + (e.step || ' seconds')::interval
    from entries e cross join people p cross join lateral (select abs(hashtext(e.who)) as n) k`);
}

export async function seedLargeOrganisation(db: Db, log: (line: string) => void) {
  await ensureDemoOrganization(db, { withSample: true });
  const started = Date.now();
  for (let n = 0; n < LARGE.projects; n++) {
    await db.transaction((tx) => seedProject(tx, DEMO_ORGANIZATION_ID, projectSpec(n)));
    if ((n + 1) % 250 === 0) log(`  ${n + 1} projects (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await addOlderVersions(db);
  const now = new Date();
  const people = Array.from({ length: LARGE.members - demoUsers.length }, (_, i) => ({ id: `bench-member-${i}`, name: `Member ${i + 1}`, email: `member-${i + 1}@bench.example`, emailVerified: true, createdAt: now, updatedAt: now }));
  await db.insert(user).values(people).onConflictDoNothing();
  await db
    .insert(member)
    .values(people.map((p) => ({ id: `${p.id}-m`, organizationId: DEMO_ORGANIZATION_ID, userId: p.id, role: "staff", createdAt: now })))
    .onConflictDoNothing();
  await addAuditHistory(db);
  const counts = await db.execute(sql`select
    (select count(*) from project where organization_id = ${DEMO_ORGANIZATION_ID})::int as projects,
    (select count(distinct series_id) from assessment where organization_id = ${DEMO_ORGANIZATION_ID})::int as series,
    (select count(*) from assessment where organization_id = ${DEMO_ORGANIZATION_ID})::int as versions,
    (select count(*) from answer where organization_id = ${DEMO_ORGANIZATION_ID})::int as answers,
    (select count(*) from member where organization_id = ${DEMO_ORGANIZATION_ID})::int as members,
    (select count(*) from audit_log where organization_id = ${DEMO_ORGANIZATION_ID})::int as "audit entries"`);
  return (Array.isArray(counts) ? counts[0] : (counts as { rows: unknown[] }).rows[0]) as Record<string, number>;
}
