// Files the evidence tests attach (unit, database, route and browser tests share them).

/** A small, valid PDF. */
export const SAMPLE_PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

/** The start of a Windows program: "MZ", then the PE header it points at. Saved as .pdf, it must be refused. */
export const WINDOWS_PROGRAM = (() => {
  const b = new Uint8Array(512);
  b.set([0x4d, 0x5a]);
  b[0x3c] = 0x80;
  b.set([0x50, 0x45, 0, 0], 0x80);
  return b;
})();
