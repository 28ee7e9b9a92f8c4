import type { CSSProperties } from "react";

/**
 * Chinese may break between any two characters, so in a narrow table a short cell (a country,
 * a mode, a status) would stand one character a line. For Chinese readers such cells are kept on
 * one line and the table scrolls instead; English breaks only at spaces, so it is left as it was.
 */
export function keepTogether(locale: string): CSSProperties | undefined {
  return locale.startsWith("zh") ? { whiteSpace: "nowrap" } : undefined;
}
