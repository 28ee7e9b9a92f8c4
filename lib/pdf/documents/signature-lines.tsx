import { Text, View } from "@react-pdf/renderer";
import type { Signatures } from "@/lib/report/outline/blocks";
import { ink, muted } from "./styles";

function Line({ label, value }: { label: string; value?: string }) {
  return (
    <View style={{ marginTop: 14 }}>
      {/* A name already known is printed on the line; otherwise the line is left to write on. */}
      <Text style={{ minHeight: 12, paddingLeft: 2 }}>{value ?? " "}</Text>
      <View style={{ borderBottomWidth: 0.75, borderBottomColor: ink }} />
      <Text style={{ fontSize: 7.5, color: muted, marginTop: 2 }}>{label}</Text>
    </View>
  );
}

/** Side by side, one column per person: name printed, a line to sign and a line for the date. */
export function PdfSignatureLines({ signatures }: { signatures: Signatures }) {
  const { labels, people } = signatures;
  return (
    <View style={{ flexDirection: "row", gap: 24, marginTop: 10 }}>
      {people.map((person) => (
        <View key={person.key} style={{ flex: 1 }}>
          <Text style={{ fontWeight: 700 }}>{person.role}</Text>
          <Line label={labels.name} value={person.name ?? undefined} />
          <Line label={labels.signature} />
          <Line label={labels.date} />
        </View>
      ))}
    </View>
  );
}
