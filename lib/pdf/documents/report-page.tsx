import type { ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import { isoDay } from "@/lib/report/format";
import { pdfStyles } from "./styles";

export type PageFrame = { organizationName: string; title: string; generatedAt: Date };


/** An A4 page with the organisation and report on top and "Page X of Y" at the bottom of every sheet. */
export function ReportPage({ frame, children, header = true }: { frame: PageFrame; children: ReactNode; header?: boolean }) {
  return (
    <Page size="A4" style={pdfStyles.page} wrap>
      {header && (
        <View fixed style={pdfStyles.header}>
          <Text>{frame.organizationName}</Text>
          <Text>{frame.title}</Text>
        </View>
      )}
      {/* No lineHeight on the page: an inherited lineHeight hides react-pdf's "Page X of Y" text. */}
      {children}
      <Text fixed style={[pdfStyles.footer, { left: 44, width: 330 }]}>
        Generated {isoDay(frame.generatedAt)} · {frame.title}
      </Text>
      <Text
        fixed
        style={[pdfStyles.footer, { right: 44, width: 150, textAlign: "right" }]}
        render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
      />
    </Page>
  );
}

/** Headings that never end up alone at the bottom of a page. */
export function PdfHeading({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return (
    <Text style={level === 2 ? pdfStyles.h2 : pdfStyles.h3} minPresenceAhead={60}>
      {/* No lineHeight on the page: an inherited lineHeight hides react-pdf's "Page X of Y" text. */}
      {children}
    </Text>
  );
}
