import { StyleSheet } from "@react-pdf/renderer";
import { pdfFontFamily } from "@/lib/pdf/fonts";

export const ink = "#1b2330";
export const muted = "#5b6472";
export const rule = "#d5d9e0";
/** The watermark's size, which no other text has: tests tell it from the page's words by it. */
export const watermarkSize = 110;

export const pdfStyles = StyleSheet.create({
  page: {
    fontFamily: pdfFontFamily,
    fontSize: 9,
    color: ink,
    paddingTop: 48,
    paddingBottom: 52,
    paddingHorizontal: 44,
  },
  header: {
    position: "absolute",
    top: 20,
    left: 44,
    right: 44,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: muted,
    borderBottomWidth: 0.5,
    borderBottomColor: rule,
    paddingBottom: 4,
  },
  // Centred on A4 (595 × 842 pt) and turned along the diagonal; light enough to read through.
  watermark: {
    position: "absolute",
    top: 340,
    left: -100,
    width: 795,
    textAlign: "center",
    fontSize: watermarkSize,
    fontWeight: 700,
    color: "#b3261e",
    opacity: 0.12,
    transform: "rotate(-50deg)",
  },
  footer: { position: "absolute", bottom: 22, fontSize: 7.5, color: muted },
  h1: { fontSize: 18, fontWeight: 700, marginBottom: 4 },
  h2: { fontSize: 12.5, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 10.5, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  muted: { color: muted },
  small: { fontSize: 7.5 },
  bold: { fontWeight: 700 },
  paragraph: { marginBottom: 4 },
  redFlag: { color: "#b3261e", fontWeight: 700 },
  notice: { backgroundColor: "#fff6d6", padding: 6, marginVertical: 6 },
  metrics: { flexDirection: "row", gap: 8, marginVertical: 8 },
  metric: { flexGrow: 1, flexBasis: 0, borderWidth: 0.5, borderColor: rule, borderRadius: 3, padding: 6 },
  metricLabel: { fontSize: 7.5, color: muted, marginBottom: 2 },
  metricValue: { fontSize: 13, fontWeight: 700 },
});
