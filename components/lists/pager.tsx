import Link from "next/link";
import { useTranslations } from "next-intl";

/** The page numbers shown: the first, the last, and two either side of the current one; null is a gap. */
export function pageNumbers(page: number, pageCount: number): Array<number | null> {
  const shown = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}

/**
 * Page links of a list paged on the server: plain links (so they work without JavaScript and
 * each page has its own URL), "Page 2 of 7" for everyone, the current page marked for screen readers.
 */
export function Pager({ page, pageCount, href, label }: { page: number; pageCount: number; href: (page: number) => string; label: string }) {
  const t = useTranslations("pager");
  if (pageCount <= 1) return null;
  return (
    <nav className="pager no-print" aria-label={label}>
      <p className="pager-status" aria-live="polite">{t("pageOf", { page, count: pageCount })}</p>
      <ul>
        <li>{page > 1 ? <Link href={href(page - 1)} rel="prev">{t("previous")}</Link> : <span className="muted" aria-disabled="true">{t("previous")}</span>}</li>
        {pageNumbers(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">…</li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span className="current" aria-current="page" aria-label={t("goTo", { page: n })}>{n}</span>
              ) : (
                <Link href={href(n)} aria-label={t("goTo", { page: n })}>{n}</Link>
              )}
            </li>
          ),
        )}
        <li>{page < pageCount ? <Link href={href(page + 1)} rel="next">{t("next")}</Link> : <span className="muted" aria-disabled="true">{t("next")}</span>}</li>
      </ul>
    </nav>
  );
}
