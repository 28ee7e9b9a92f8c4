import type { ProjectReportPart } from "@/lib/report/project-report";

const short: Record<string, string> = { before: "Before", during: "During", after: "After" };

function statusText(part: ProjectReportPart) {
  if (!part.report) return "not started";
  return part.report.status;
}

/** A compact line of the project's stages and partner checks with their status. */
export function StageChips({ parts }: { parts: ProjectReportPart[] }) {
  return (
    <ul className="small" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {parts.map((part) => (
        <li key={part.key}>
          {short[part.key] ?? part.label.replace("Partner due diligence: ", "Partner: ")}:{" "}
          <span className={part.report ? "" : "muted"}>{statusText(part)}</span>
        </li>
      ))}
    </ul>
  );
}
