import { Fragment } from "react";
import type { FilesLine } from "@/lib/report/outline/blocks";

/** An item's files in the report, each stored one a download link (one read from an export file has no bytes). */
export function FilesLineView({ line }: { line: FilesLine }) {
  return (
    <div className="small muted">
      {line.label}
      {line.files.map((f, i) => (
        <Fragment key={`${f.fileId ?? f.name}-${i}`}>
          {i > 0 && line.separator}
          {f.fileId ? (
            <a href={`/evidence/${f.fileId}`} download>
              {f.name}
            </a>
          ) : (
            f.name
          )}
          {f.details}
        </Fragment>
      ))}
    </div>
  );
}
