import type { SaveState } from "./use-autosave";

function time(iso: string) {
  return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/** Tells the user, politely and without stealing focus, whether their answers are stored. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text = {
    idle: "Answers save automatically as you go.",
    pending: "Unsaved changes…",
    saving: "Saving…",
    saved: state.kind === "saved" ? `All changes saved at ${time(state.at)}` : "",
    error: state.kind === "error" ? state.message : "",
  }[state.kind];
  return (
    <p className={`save-status${state.kind === "error" ? " error" : ""}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
