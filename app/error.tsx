"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

/** Unexpected errors: a plain message, never the stack. The server logs the details. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages.error");
  return (
    <div className="card" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <div className="actions-row">
        <button className="button" type="button" onClick={reset}>
          {t("retry")}
        </button>
        <Link className="button secondary" href="/projects">
          {t("projects")}
        </Link>
      </div>
    </div>
  );
}
