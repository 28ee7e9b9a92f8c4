import type { ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
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

/** An A4 page with the organisation and report on top and "Page X of Y" at the bottom of every sheet. */
export function ReportPage({ frame, children, header = true }: { frame: PageFrame; children: ReactNode; header?: boolean }) {
  const w = wordsFor(frame.locale);
  return (
    <Page size="A4" style={pdfStyles.page} wrap>
      {/* First, so the page's text is drawn over it and stays readable. */}
      {frame.watermark && (
        <Text fixed style={pdfStyles.watermark}>
          {frame.watermark}
        </Text>
      )}
      {header && (
        <View fixed style={pdfStyles.header}>
          <Text>{frame.organizationName}</Text>
          <Text>{frame.title}</Text>
        </View>
      )}
      {/* No lineHeight on the page: an inherited lineHeight hides react-pdf's "Page X of Y" text. */}
      {children}
      <Text fixed style={[pdfStyles.footer, { left: 44, width: 330 }]}>
        {w("pdf.generated", { date: formatDay(frame.generatedAt, frame.locale), title: frame.title })}
      </Text>
      <Text
        fixed
        style={[pdfStyles.footer, { right: 44, width: 150, textAlign: "right" }]}
        render={({ pageNumber, totalPages }) => w("pdf.pageOf", { page: pageNumber, pages: totalPages })}
      />
    </Page>
  );
}

/** Headings that never end up alone at the bottom of a page. */
export function PdfHeading({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return (
    <Text style={level === 2 ? pdfStyles.h2 : pdfStyles.h3} minPresenceAhead={tableStartHeight}>
      {/* No lineHeight on the page: an inherited lineHeight hides react-pdf's "Page X of Y" text. */}
      {children}
    </Text>
  );
}
