import type { ReactNode } from "react";
import { Text, View } from "@react-pdf/renderer";
import { muted, rule } from "./styles";

/**
 * Room a heading wants under it before a table: the header row and a first row of two or three
 * lines. Less than this left on the page, the heading moves on with the table (a `fixed` header
 * row cannot ask for room itself: react-pdf never breaks before a fixed element).
 */
export const tableStartHeight = 75;

export type PdfColumn = { title: string; width: string };
export type PdfRow = { key: string; cells: ReactNode[] };

/** Strings become Text; anything else (a chip, a stack of lines) is placed as given. */
function Cell({ children, width, header }: { children: ReactNode; width: string; header?: boolean }) {
  const style = { width, paddingVertical: 3, paddingRight: 6 };
  if (typeof children === "string" || typeof children === "number") {
    return <Text style={[style, header ? { fontWeight: 700, color: muted, fontSize: 7.5 } : {}]}>{children}</Text>;
  }
  return <View style={style}>{children}</View>;
}

/**
 * A table of rows that never split across pages, so a criterion and its answer stay together.
 * The header row is `fixed`: react-pdf repeats a fixed child on every page its parent spans, so a
 * table that runs on keeps its column names on top of each page.
 */
export function PdfTable({ columns, rows, empty }: { columns: PdfColumn[]; rows: PdfRow[]; empty?: string }) {
  if (rows.length === 0 && empty) return <Text style={{ color: muted }}>{empty}</Text>;
  return (
    <View>
      <View fixed style={{ flexDirection: "row", borderBottomWidth: 0.75, borderBottomColor: muted }}>
        {columns.map((c) => (
          <Cell key={c.title} width={c.width} header>
            {c.title}
          </Cell>
        ))}
      </View>
      {rows.map((row) => (
        <View key={row.key} wrap={false} style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: rule }}>
          {row.cells.map((cell, i) => (
            <Cell key={columns[i]?.title ?? i} width={columns[i]?.width ?? "auto"}>
              {cell}
            </Cell>
          ))}
        </View>
      ))}
    </View>
  );
}
