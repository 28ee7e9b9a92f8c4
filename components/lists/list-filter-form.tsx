import Link from "next/link";
import type { ReactNode } from "react";

export type FilterOption = { value: string; label: string };

/**
 * The lists' filters (projects, portfolio, audit log): a plain GET form to the list's own page, so
 * it works without JavaScript and its result is a link to reload or share. Values are codes, ids
 * and ISO days, never words, so a shared link means the same in either language.
 */
export function ListFilterForm({
  action,
  label,
  apply,
  clear,
  search,
  children,
}: {
  action: string;
  label: string;
  apply: string;
  /** "Clear" and where it leads; absent while nothing is filtered. */
  clear?: { label: string; href: string };
  /** A search form gets the search landmark. */
  search?: boolean;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} className="card no-print filter-form list-filters" role={search ? "search" : undefined} aria-label={label}>
      {children}
      <div className="actions-row">
        <button type="submit" className="button">
          {apply}
        </button>
        {clear && <Link href={clear.href}>{clear.label}</Link>}
      </div>
    </form>
  );
}

/** One filter: its label, an empty "all" option first, then the choices. */
export function SelectFilter({
  id,
  name,
  label,
  value,
  all,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  /** The empty option's words ("All countries"); a filter that always has a value (the sort) has none. */
  all?: string;
  options: readonly FilterOption[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
