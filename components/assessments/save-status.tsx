import type { SyncState } from "./use-section-sync";

function time(iso: string) {
  return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

const answers = (n: number) => `${n} ${n === 1 ? "answer" : "answers"}`;

/** Tells the user, politely and without stealing focus, where their answers are: sent, on this device, or in conflict. */
export function SaveStatus({ state }: { state: SyncState }) {
  const text = {
    idle: "Answers save automatically as you go.",
    pending: "Unsaved changes…",
    saving: "Saving…",
    saved: state.kind === "saved" ? `All changes saved at ${time(state.at)}` : "",
    offline: state.kind === "offline" ? `Saved on this device — will send when online (${answers(state.unsent)})` : "",
    conflict: state.kind === "conflict" ? `Conflict on ${answers(state.count)}: choose which to keep, beside each one.` : "",
    error: state.kind === "error" ? state.message : "",
  }[state.kind];
  const warn = state.kind === "error" || state.kind === "conflict";
  return (
    <p className={`save-status${warn ? " error" : ""}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
