/**
 * `attachment` with the name in UTF-8 (RFC 6266 / 5987), plus an ASCII fallback for old clients,
 * so a project named in Chinese downloads under its own name.
 */
export function attachmentDisposition(name: string): string {
  // Browsers replace characters that file systems refuse; doing it here keeps the name readable.
  const fileName = name.replace(/:\s*/g, " - ").replace(/[\\/*?<>|\x00-\x1f]/g, "-");
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\;]/g, "").replace(/\s+/g, " ").trim();
  const fallback = /[a-z0-9]/i.test(ascii.replace(/\.[a-z0-9]+$/i, "")) ? ascii : `report${fileName.match(/\.[a-z0-9]+$/i)?.[0] ?? ""}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
