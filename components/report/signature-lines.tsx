import type { Signatures } from "@/lib/report/outline/blocks";

/**
 * On paper only: one column per person, name printed (or a blank to write it in), a line to sign
 * and a line for the date. On screen nobody signs, so the page does not show empty lines.
 */
export function SignatureLines({ signatures }: { signatures: Signatures }) {
  const { labels, people } = signatures;
  return (
    <div className="signature-lines print-only" data-testid="signature-lines">
      {people.map((person) => (
        <div key={person.key} className="signature-person">
          <p className="signature-role">{person.role}</p>
          <p className="signature-line">
            <span className="signature-value">{person.name ?? "\u00a0"}</span>
            <span className="signature-label">{labels.name}</span>
          </p>
          <p className="signature-line">
            <span className="signature-value">{"\u00a0"}</span>
            <span className="signature-label">{labels.signature}</span>
          </p>
          <p className="signature-line">
            <span className="signature-value">{"\u00a0"}</span>
            <span className="signature-label">{labels.date}</span>
          </p>
        </div>
      ))}
    </div>
  );
}
