// Saves answers in a tight loop until it is killed: the server of db/crash-restart.test.ts.
// Run with tsx: node --import tsx db/testing/crash-writer.ts '<database target as JSON>' <ack file>
// It makes a project and a draft, prints "writing <pid> <assessment id>", then saves. Each save goes
// through the section schema and the app's query, in the app's transaction; only after it has
// committed is its number appended to the ack file, as the browser is only told "Saved" then.
// appendFileSync has returned before the next save starts, so a kill loses no acknowledgement.
import fs from "node:fs";
import { findSection } from "@/lib/checklists/applicable";
import { latestChecklist } from "@/lib/checklists/registry";
import type { SessionContext } from "@/lib/domain/session-context";
import { parseSectionValues } from "@/lib/forms/section-schema";
import { projectSchema } from "@/lib/projects/project-schema";
import { openDatabase, useDatabase, type DatabaseTarget } from "../client";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { saveSectionForOrg } from "../queries/assessment-writes";
import { startAssessmentForOrg } from "../queries/assessments";
import { createProjectForOrg } from "../queries/projects";
import { ensureDemoOrganization } from "../seed";

const session: SessionContext = {
  organizationId: DEMO_ORGANIZATION_ID,
  organizationName: "Demo",
  userId: "crash-writer",
  userName: "Crash writer",
  role: "staff",
};
const criteria = ["B.CTX.1", "B.CTX.2", "B.CTX.3"];

async function main([targetJson, ackFile]: string[]) {
  if (!targetJson || !ackFile) throw new Error("Usage: crash-writer.ts <target json> <ack file>");
  const section = findSection(latestChecklist("before"), "country-context");
  if (!section) throw new Error("No section country-context");
  const opened = await openDatabase(JSON.parse(targetJson) as DatabaseTarget);
  useDatabase(opened);
  await ensureDemoOrganization(opened.db, { withSample: false });
  const projectId = await createProjectForOrg(
    session,
    projectSchema.parse({
      name: "Crash test", summary: "", hostCountry: "KE", sector: "Health", participationMode: "enterprise",
      budget: "1000", currency: "EUR", startDate: "2026-05-01", endDate: "2027-04-30", partners: [],
    }),
  );
  const assessmentId = await startAssessmentForOrg(session, { projectId, kind: "before", partnerId: null });
  console.log(`writing ${process.pid} ${assessmentId}`);
  // Save n writes the note "save n" into one item, each save the next item in turn.
  const notes = ["", "", ""];
  for (let n = 1; ; n++) {
    notes[n % 3] = `save ${n}`;
    const parsed = parseSectionValues(section, "draft", {
      items: criteria.map((criterionId, i) => ({ criterionId, value: "partly_met", notes: notes[i], evidence: "" })),
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    await saveSectionForOrg(session, assessmentId, parsed.values);
    fs.appendFileSync(ackFile, `${n}\n`);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
