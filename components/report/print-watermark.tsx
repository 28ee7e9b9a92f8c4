/**
 * The outline's word across every printed page of a version that is not final: fixed on paper,
 * Chromium and Firefox repeat it on each sheet. Hidden on screen, where the draft notice says it.
 */
export function PrintWatermark({ word }: { word: string | null }) {
  if (!word) return null;
  return (
    <div className="print-watermark print-only" aria-hidden="true">
      {word}
    </div>
  );
}
