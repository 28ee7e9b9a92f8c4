import type { Metadata } from "next";
import { connection } from "next/server";
import { listAuditForOrg } from "@/db/queries/audit";
import { requirePermission } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Audit log" };

const show = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value));

/** Read-only: the app has no path that edits or deletes the log, and the database refuses it too. */
export default async function AuditPage() {
  await connection();
  const session = await requirePermission("audit:read");
  const entries = await listAuditForOrg(session, { limit: 300 });
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Every change of state and every edit of an answer, newest first (the latest 300).</p>
      <table data-testid="audit-log">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="small">{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
              <td>{e.actorName}</td>
              <td>
                {e.action}
                <div className="small muted item-id">{e.entityId}</div>
              </td>
              <td className="small" style={{ maxWidth: 260, overflowWrap: "anywhere" }}>{show(e.before)}</td>
              <td className="small" style={{ maxWidth: 260, overflowWrap: "anywhere" }}>{show(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
