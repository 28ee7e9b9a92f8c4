import { describe, expect, it } from "vitest";
import { contentDisposition, downloadFileName } from "./download";

describe("download names", () => {
  it("keep the project's name for UTF-8 clients and an ASCII fallback for the others", () => {
    const name = downloadFileName("水资源项目 / phase 2", "answers", "csv", new Date("2026-06-02T08:00:00Z"));
    expect(name).toBe("水资源项目-phase-2-answers-2026-06-02.csv");
    expect(contentDisposition(name)).toBe(
      `attachment; filename="phase-2-answers-2026-06-02.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(contentDisposition('a"b;c.csv')).toBe(`attachment; filename="abc.csv"; filename*=UTF-8''a%22b%3Bc.csv`);
  });

  it("replace characters file systems refuse, such as the colon in a stage's title", () => {
    const name = downloadFileName("School meals", "Before: participation evaluation v1", "pdf", new Date("2027-03-01T00:00:00Z"));
    expect(name).toBe("School-meals-Before-participation-evaluation-v1-2027-03-01.pdf");
  });

  it("give a project named only in Chinese an ASCII fallback that still says what it is", () => {
    const name = downloadFileName("云南山区饮用水项目", "project report", "pdf", new Date("2027-03-01T00:00:00Z"));
    expect(contentDisposition(name)).toContain(`filename="project-report-2027-03-01.pdf"`);
  });

  it("drop the invisible characters that disguise a name, in filename and filename*", () => {
    const name = downloadFileName("invoice\u202Egnp.exe", "answers", "csv", new Date("2026-06-02T08:00:00Z"));
    expect(name).toBe("invoicegnp.exe-answers-2026-06-02.csv");
    const header = contentDisposition(name);
    expect(header).toBe(`attachment; filename="invoicegnp.exe-answers-2026-06-02.csv"; filename*=UTF-8''invoicegnp.exe-answers-2026-06-02.csv`);
    expect(decodeURIComponent(header.split("''")[1]!)).not.toContain("\u202E");

    const hidden = "a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl\u200Bm\u200Cn\u200Do\u2060p\uFEFFq";
    expect(downloadFileName(hidden, "report", "pdf", new Date("2026-06-02T08:00:00Z"))).toBe("abcdefghijklmnopq-report-2026-06-02.pdf");
    expect(downloadFileName("tab\there\u0085next\u009bline", "report", "pdf", new Date("2026-06-02T08:00:00Z"))).toBe("tab-here-next-line-report-2026-06-02.pdf");
  });

  it("drop them from a name a route passes as it is, too", () => {
    const header = contentDisposition("报告\u202Egnp.exe", "report\u202Egnp.exe");
    expect(header).toBe(`attachment; filename="reportgnp.exe"; filename*=UTF-8''${encodeURIComponent("报告gnp.exe")}`);
    expect(header).not.toMatch(/%E2%80%AE/i);
  });
});
