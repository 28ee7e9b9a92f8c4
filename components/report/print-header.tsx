/** On paper the site header is hidden, so the printout says whose report it is and when it was made. */
export function PrintHeader({ organizationName }: { organizationName: string }) {
  return (
    <p className="print-only small muted" style={{ borderBottom: "1px solid #bbb", paddingBottom: "0.3rem" }}>
      {organizationName} · Project risk assessment · printed {new Date().toISOString().slice(0, 10)}
    </p>
  );
}
