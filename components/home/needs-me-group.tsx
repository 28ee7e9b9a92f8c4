import Link from "next/link";
import type { ReactNode } from "react";

/** One group of the start page: a heading with its count, a line on what it holds, and its empty state. */
export function NeedsMeGroup({
  id,
  title,
  hint,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="needs-me-group" data-testid={`group-${id}`}>
      <h2 id={`${id}-title`}>
        {title} <span className="count-pill" data-testid="group-count">{count}</span>
      </h2>
      <p className="muted small">{hint}</p>
      {count === 0 ? <p className="muted empty-state">{empty}</p> : children}
    </section>
  );
}

/** Under a group that lists only its first lines: how many are shown, and where the rest are. */
export function MoreLines({ shown, total, href, text, link }: { shown: number; total: number; href: string; text: string; link: string }) {
  if (total <= shown) return null;
  return (
    <p className="small" data-testid="more-lines">
      {text} <Link href={href}>{link}</Link>
    </p>
  );
}
