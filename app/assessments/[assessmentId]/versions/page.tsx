import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { listReviewNotesForOrg } from "@/db/queries/review";
import { listVersionsForOrg } from "@/db/queries/versions";
import { RatingBadge } from "@/components/report/rating-badge";
import { VersionChanges } from "@/components/review/version-changes";
import { applicableChecklist } from "@/lib/checklists/applicable";
import { getChecklist } from "@/lib/checklists/registry";
import { assessmentTitle, formatScore, isoDay } from "@/lib/report/format";
import { diffVersions } from "@/lib/report/version-diff";
import { isRating } from "@/lib/scoring/config";
import { getSessionContext } from "@/lib/session";

export const metadata: Metadata = { title: "Version history" };


export default async function VersionsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await listVersionsForOrg(session, assessmentId);
  if (!found) notFound();
  const { project, versions } = found;
  const notes = await listReviewNotesForOrg(session, versions.map((v) => v.id));
  const latest = versions.find((v) => v.isCurrent) ?? versions[0]!;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> › Version history
      </nav>
      <h1>Version history: {assessmentTitle(latest)}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Submitted</th>
            <th scope="col">Reviewed</th>
            <th scope="col">Score at submission</th>
            <th scope="col">Checklist</th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.id}>
              <th scope="row">
                <Link href={`/assessments/${v.id}/report`}>Version {v.version}</Link>
              </th>
              <td>{v.status}</td>
              <td>{v.submittedBy ? `${v.submittedBy}, ${isoDay(v.submittedAt)}` : "—"}</td>
              <td>{v.reviewedBy ? `${v.reviewedBy}, ${isoDay(v.reviewedAt)}` : "—"}</td>
              <td>
                {v.scoreSnapshot ? (
                  <>
                    {formatScore(v.scoreSnapshot.score)} {isRating(v.scoreSnapshot.rating) && <RatingBadge rating={v.scoreSnapshot.rating} />}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td>v{v.checklistVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.slice(1).map((newer, i) => {
        const older = versions[i]!;
        const checklist = applicableChecklist(getChecklist(newer.kind, newer.checklistVersion), newer.participationMode);
        return (
          <VersionChanges
            key={newer.id}
            title={`What changed from version ${older.version} to version ${newer.version}`}
            changes={diffVersions(checklist, older, newer)}
            returnNotes={notes.filter((n) => n.assessmentId === older.id && n.kind === "return")}
          />
        );
      }).reverse()}
    </>
  );
}
