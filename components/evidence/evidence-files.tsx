"use client";

import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type DragEvent } from "react";
import { removeEvidenceFileAction } from "@/app/assessments/actions";
import { useMessageText } from "@/components/i18n/use-message-text";
import { useOnlineStatus } from "@/components/offline/use-online-status";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-limits";
import { formatDateTime, formatFileSize } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { EvidenceFileView } from "./evidence-file-view";
import { uploadEvidence } from "./upload-evidence";

type Upload = { key: string; name: string; progress: number; error?: string };
const accept = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.heic,.tif,.tiff,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv";

/**
 * An item's evidence files: pick or drop one or more, each with its progress; each kept file as a
 * download with its size, date and who added it; removal after a confirmation.
 */
export function EvidenceFiles({ assessmentId, criterionId, initial }: { assessmentId: string; criterionId: string; initial: EvidenceFileView[] }) {
  const t = useTranslations("evidence");
  const locale = useLocale() as Locale;
  const text = useMessageText();
  const online = useOnlineStatus();
  const inputId = useId();
  const [files, setFiles] = useState(initial);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const remove = useAction(removeEvidenceFileAction);
  const [removeError, setRemoveError] = useState<string | null>(null);

  const patch = (key: string, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));
  const send = (picked: File[]) => {
    for (const file of picked) {
      const key = `${file.name}-${file.size}-${Math.random()}`;
      if (file.size > MAX_EVIDENCE_BYTES) {
        setUploads((all) => [...all, { key, name: file.name, progress: 0, error: t("tooLarge", { max: MAX_EVIDENCE_BYTES / 1024 / 1024 }) }]);
        continue;
      }
      setUploads((all) => [...all, { key, name: file.name, progress: 0 }]);
      void uploadEvidence(assessmentId, criterionId, file, (progress) => patch(key, { progress })).then((outcome) => {
        if (outcome.ok) {
          setFiles((all) => [...all, outcome.file]);
          setUploads((all) => all.filter((u) => u.key !== key));
        } else patch(key, { error: outcome.message ?? t(navigator.onLine ? "failed" : "offline") });
      });
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (online) send([...event.dataTransfer.files]);
  };
  const removeFile = async (file: EvidenceFileView) => {
    if (!window.confirm(t("confirmRemove", { name: file.name }))) return;
    setRemoveError(null);
    const result = await remove.executeAsync({ fileId: file.id });
    if (result?.data) {
      setFiles((all) => all.filter((f) => f.id !== file.id));
      if (result.data.alreadyRemoved) setRemoveError(t("alreadyRemoved", { name: file.name }));
    } else setRemoveError(result?.serverError ?? t("failed"));
  };

  return (
    <div
      className={`evidence-files${dragging ? " dragging" : ""}`}
      data-testid={`evidence-${criterionId}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="evidence-heading">{t("heading")}</p>
      {files.length > 0 && (
        <ul className="evidence-list">
          {files.map((file) => (
            <li key={file.id}>
              <a href={`/evidence/${file.id}`} download>
                {file.name}
              </a>
              <span className="muted small">{t("meta", { size: formatFileSize(file.size, locale), when: formatDateTime(file.createdAt, locale), who: file.addedByName })}</span>
              <button type="button" className="link-button small" onClick={() => void removeFile(file)} disabled={remove.isPending}>
                {t("remove")}
                <span className="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {uploads.map((u) => (
        <p key={u.key} className={u.error ? "field-error" : "small"} role={u.error ? "alert" : undefined}>
          {u.error ? t("notKept", { name: u.name, why: text(u.error) }) : t("uploading", { name: u.name })}{" "}
          {!u.error && <progress max={1} value={u.progress} aria-label={t("uploading", { name: u.name })} />}
          {u.error && (
            <button type="button" className="link-button small" onClick={() => setUploads((all) => all.filter((x) => x.key !== u.key))}>
              {t("dismiss")}
            </button>
          )}
        </p>
      ))}
      {removeError && <p className="field-error" role="alert">{text(removeError)}</p>}
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept={accept}
        disabled={!online}
        onChange={(e) => {
          send([...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
      {/* After the input: its focus ring is drawn on this label (globals.css). */}
      <label htmlFor={inputId} className={`button secondary small${online ? "" : " disabled"}`}>
        {t("attach")}
      </label>
      <span className="muted small"> {online ? t("hint", { max: MAX_EVIDENCE_BYTES / 1024 / 1024 }) : t("offline")}</span>
    </div>
  );
}
