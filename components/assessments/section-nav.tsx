import Link from "next/link";
import type { SectionProgress } from "@/lib/forms/section-values";

/** The list of sections with their progress, and the overall progress bar. */
export function SectionNav({
  assessmentId,
  progress,
  currentSectionId,
}: {
  assessmentId: string;
  progress: SectionProgress[];
  currentSectionId: string | null;
}) {
  const done = progress.reduce((n, s) => n + s.done, 0);
  const total = progress.reduce((n, s) => n + s.total, 0);
  const percent = total ? Math.round((100 * done) / total) : 0;
  return (
    <nav className="section-nav card" aria-label="Sections">
      <div className="small">
        <strong>{percent}% answered</strong> ({done} of {total})
      </div>
      <div className="progress" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label="Overall progress">
        <span style={{ width: `${percent}%` }} />
      </div>
      <ol>
        {progress.map((s) => (
          <li key={s.sectionId}>
            <Link
              href={`/assessments/${assessmentId}/sections/${s.sectionId}`}
              aria-current={s.sectionId === currentSectionId ? "page" : undefined}
            >
              <span>{s.title}</span>
              <span className={`count${s.complete ? " done" : ""}`}>
                {s.complete ? "✓ " : ""}
                {s.done}/{s.total}
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={`/assessments/${assessmentId}/check`} aria-current={currentSectionId === null ? "page" : undefined}>
            <span>Check your answers</span>
          </Link>
        </li>
      </ol>
    </nav>
  );
}
