"use client";

import { useId, useState, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import { localeNames, type Locale } from "@/lib/i18n/locales";

/** Chinese first, as the page offers it: "Download PDF: 中文 · English". */
const pdfLocales: Locale[] = ["zh-CN", "en"];

/**
 * One link per language, each named in its own language. A link works before scripts load; with
 * them it fetches the PDF instead, so the reader sees that it is being prepared and reads the
 * server's message when it cannot be (busy, signed out, not found).
 */
export function DownloadPdfLinks({ href }: { href: string }) {
  const t = useTranslations("pdf");
  const labelId = useId();
  const [state, setState] = useState<{ kind: "idle" } | { kind: "busy"; locale: Locale } | { kind: "error"; message: string }>({ kind: "idle" });

  async function download(event: MouseEvent<HTMLAnchorElement>, locale: Locale) {
    event.preventDefault();
    if (state.kind === "busy") return;
    setState({ kind: "busy", locale });
    try {
      const response = await fetch(event.currentTarget.href, { credentials: "same-origin" });
      const type = response.headers.get("Content-Type") ?? "";
      if (!response.ok || !type.startsWith("application/pdf")) {
        const text = type.startsWith("text/plain") ? await response.text() : "";
        setState({ kind: "error", message: text || t("failed") });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response.headers.get("Content-Disposition")) ?? "report.pdf";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "idle" });
    } catch {
      setState({ kind: "error", message: t("offline") });
    }
  }

  const busy = state.kind === "busy";
  return (
    // The message hangs below the links, so an empty one does not push the row of buttons apart.
    <span className="no-print pdf-links" role="group" aria-labelledby={labelId} style={{ position: "relative", display: "inline-block" }}>
      <span id={labelId}>{t("downloadLabel")}</span>{" "}
      {pdfLocales.map((locale, i) => (
        <span key={locale}>
          {i > 0 && " · "}
          <a
            href={`${href}?lang=${locale}`}
            hrefLang={locale}
            lang={locale}
            onClick={(event) => download(event, locale)}
            aria-disabled={busy || undefined}
            aria-busy={(busy && state.locale === locale) || undefined}
          >
            {localeNames[locale]}
          </a>
        </span>
      ))}
      <span
        role="status"
        aria-live="polite"
        className={state.kind === "error" ? "small red-flag" : "small muted"}
        style={{ position: "absolute", top: "100%", left: 0, width: "20rem", marginTop: "0.25rem" }}
      >
        {state.kind === "error" ? state.message : busy ? t("preparing") : ""}
      </span>
    </span>
  );
}

function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? null;
}
