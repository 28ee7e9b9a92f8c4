import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition", () => {
  it("keeps a Latin name and encodes it for modern clients", () => {
    expect(attachmentDisposition("School meals - Project report.pdf")).toBe(
      `attachment; filename="School meals - Project report.pdf"; filename*=UTF-8''School%20meals%20-%20Project%20report.pdf`,
    );
  });

  it("gives a Chinese name a readable ASCII fallback and the exact name in UTF-8", () => {
    const header = attachmentDisposition("云南山区饮用水项目 - Project report.pdf");
    expect(header).toContain(`filename="- Project report.pdf"`);
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent("云南山区饮用水项目 - Project report.pdf")}`);
  });

  it("replaces characters file systems refuse", () => {
    expect(attachmentDisposition("Report: Before/after?.pdf")).toContain(`filename="Report - Before-after-.pdf"`);
  });

  it("falls back to 'report' when nothing ASCII is left, and drops quotes that would end the header", () => {
    expect(attachmentDisposition("水.pdf")).toContain(`filename="report.pdf"`);
    expect(attachmentDisposition('a"b;c.pdf')).toContain(`filename="abc.pdf"`);
  });
});
