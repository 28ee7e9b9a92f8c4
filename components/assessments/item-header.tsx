import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import { localize } from "@/lib/i18n/localized-text";

function sourceText(item: ChecklistItem) {
  return item.sources.map((s) => `${s.doc} ${s.where}`).join("; ");
}

/** Prompt, id, critical tag and source of a checklist item. */
export function ItemHeader({ item, as: Tag = "legend" }: { item: ChecklistItem; as?: "legend" | "h3" }) {
  return (
    <>
      <Tag style={{ fontWeight: 700, fontSize: "1.02rem" }}>
        {localize(item.prompt, "en")}
        {item.critical && <span className="critical-tag"> · Critical</span>}
      </Tag>
      <div className="item-head small">
        <span className="item-id">{item.id}</span>
        <span className="muted">
          Weight {item.weight} · Source {sourceText(item)}
        </span>
      </div>
    </>
  );
}
