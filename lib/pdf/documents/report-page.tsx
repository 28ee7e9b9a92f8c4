import type { ReactNode } from "react";
import { Page, Text, View, type PageLayoutProps } from "@react-pdf/renderer";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/report/words";
import { tableStartHeight } from "./pdf-table";
import { pdfStyles } from "./styles";

/**
 * What every page repeats, in the language the PDF is made in; `watermark` is the outline's word
 * across a version that is not final (null: none).
 */
export type PageFrame = { organizationName: string; title: string; generatedAt: Date; locale: Locale; watermark: string | null };

/**
 * An A4 page with the organisation and report on top and "Page X of Y" at the bottom of every sheet.
 * The chrome is the page's `layout`, which opts into react-pdf's newer pagination: content is laid
 * out once and packed into sheets, where the default engine lays out all that is left again at every
 * sheet (a ten-page report renders in about 60% of the time).
 */
export function ReportPage({ frame, children, header = true }: { frame: PageFrame; children: ReactNode; header?: boolean }) {
  return (
    <Page size="A4" style={pdfStyles.page} wrap layout={(sheet) => <PageChrome frame={frame} header={header} sheet={sheet} />}>
      {children}
    </Page>
  );
}

/** What every sheet repeats around its share of the content; runs once per sheet, so no hooks. */
function PageChrome({ frame, header, sheet }: { frame: PageFrame; header: boolean; sheet: PageLayoutProps }) {
  const w = wordsFor(frame.locale);
  return (
    <>
      {/* First, so the page's text is drawn over it and stays readable. */}
      {frame.watermark && <Text style={pdfStyles.watermark}>{frame.watermark}</Text>}
      {header && (
        <View style={pdfStyles.header}>
          <Text>{frame.organizationName}</Text>
          <Text>{frame.title}</Text>
        </View>
      )}
      {sheet.children}
      <Text style={[pdfStyles.footer, { left: 44, width: 330 }]}>
        {w("pdf.generated", { date: formatDay(frame.generatedAt, frame.locale), title: frame.title })}
      </Text>
      {/* react-pdf lays the sheets out once without the total, then again with it: the 1s only hold the place. */}
      <Text style={[pdfStyles.footer, { right: 44, width: 150, textAlign: "right" }]}>
        {w("pdf.pageOf", { page: sheet.pageNumber ?? 1, pages: sheet.totalPages ?? 1 })}
      </Text>
    </>
  );
}

/** Headings that never end up alone at the bottom of a page. */
export function PdfHeading({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return (
    <Text style={level === 2 ? pdfStyles.h2 : pdfStyles.h3} minPresenceAhead={tableStartHeight}>
      {children}
    </Text>
  );
}
