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
});
