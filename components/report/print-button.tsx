"use client";

/** The label comes from the page (a server component), so the report's messages stay on the server. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button className="button secondary no-print" type="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
