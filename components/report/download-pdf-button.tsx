"use client";

import { useState } from "react";

/**
 * Fetches the PDF instead of following a link, so the user sees that it is being prepared and
 * reads the server's message when it cannot be (busy, signed out, not found).
 */
export function DownloadPdfButton({ href, label = "Download PDF" }: { href: string; label?: string }) {
  const [state, setState] = useState<{ kind: "idle" } | { kind: "busy" } | { kind: "error"; message: string }>({ kind: "idle" });

  async function download() {
    setState({ kind: "busy" });
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      const type = response.headers.get("Content-Type") ?? "";
      if (!response.ok || !type.startsWith("application/pdf")) {
        const text = type.startsWith("text/plain") ? await response.text() : "";
        setState({ kind: "error", message: text || "The PDF could not be prepared. Please reload the page and try again." });
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
      setState({ kind: "error", message: "No connection to the server. Check your network and try again." });
    }
  }

  return (
    // The message hangs below the button, so an empty one does not push the row of buttons apart.
    <span className="no-print" style={{ position: "relative", display: "inline-block" }}>
      <button className="button secondary" type="button" onClick={download} disabled={state.kind === "busy"} aria-busy={state.kind === "busy"}>
        {state.kind === "busy" ? "Preparing PDF…" : label}
      </button>
      <span
        role="status"
        aria-live="polite"
        className={state.kind === "error" ? "small red-flag" : "small"}
        style={{ position: "absolute", top: "100%", left: 0, width: "20rem", marginTop: "0.25rem" }}
      >
        {state.kind === "error" ? state.message : ""}
      </span>
    </span>
  );
}

function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? null;
}
