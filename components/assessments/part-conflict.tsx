"use client";

import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import { answerLabels, answerValues, type AnswerValue } from "@/lib/scoring/config";
import type { Conflict } from "./use-section-sync";

const isAnswerValue = (v: unknown): v is AnswerValue => (answerValues as readonly unknown[]).includes(v);

function describe(conflict: Conflict): string {
  const v = (conflict.current ?? {}) as Record<string, unknown>;
  if (Array.isArray(conflict.current)) return `${conflict.current.length} indicator(s)`;
  if ("likelihood" in v) return v.likelihood && v.impact ? `likelihood ${v.likelihood} × impact ${v.impact}, ${v.status}` : `not rated, ${v.status}`;
  return isAnswerValue(v.value) ? answerLabels[v.value] : "no answer";
}

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : "");

/**
 * Beside an item someone else changed since this editor loaded it: who, to what and when, and the
 * choice. Nothing is written over their answer until the editor picks one.
 */
export function PartConflict({ conflict, item, onChoose }: { conflict: Conflict; item: ChecklistItem | null; onChoose: (choice: "mine" | "theirs") => void }) {
  return (
    <div className="notice conflict" role="alert" data-testid="conflict" data-key={conflict.key}>
      <p style={{ margin: "0 0 0.5rem" }}>
        {item ? `${item.id}: ` : null}
        <strong>{conflict.by ?? "Someone"}</strong> changed this to <strong>{describe(conflict)}</strong>
        {conflict.at ? ` at ${time(conflict.at)}` : ""}. Your answer is not saved yet: which one should stay?
      </p>
      <div className="actions-row">
        <button type="button" className="button secondary" onClick={() => onChoose("theirs")}>
          Keep theirs
        </button>
        <button type="button" className="button" onClick={() => onChoose("mine")}>
          Use mine
        </button>
      </div>
    </div>
  );
}
