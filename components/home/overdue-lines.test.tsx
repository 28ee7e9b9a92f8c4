import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messagesByLocale } from "@/lib/i18n/messages/messages";
import { OverdueLines, type OverdueLine } from "./overdue-lines";

const line: OverdueLine = {
  assessmentId: "a1",
  kind: "during",
  checklistVersion: 2,
  projectId: "p1",
  projectName: "Village schools",
  criterionId: "D.PART.1",
  ownTitle: null,
  likelihood: 2,
  impact: 4,
  action: "Quarterly coaching visits",
  owner: "Programme manager",
  dueDate: "2026-10-31",
};

const render = (locale: "en" | "zh-CN", row: OverdueLine = line) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesByLocale[locale]} timeZone="UTC">
      <OverdueLines rows={[row]} />
    </NextIntlClientProvider>,
  ).replace(/<[^>]+>/g, " ");

describe("overdue mitigations on the home page", () => {
  it("name the risk in the reader's words, with its code and rating beside it", () => {
    expect(render("en")).toMatch(/Partner cannot meet the project&#x27;s capacity needs\s+D\.PART\.1\s+\(2 × 4\)/);
    expect(render("zh-CN")).toMatch(/合作方的能力无法满足项目需要\s+D\.PART\.1/);
  });

  it("name an own risk by the title the organisation gave it", () => {
    const own = { ...line, criterionId: "D.OWN.1", ownTitle: "Bridge to the site floods" };
    expect(render("zh-CN", own)).toMatch(/Bridge to the site floods\s+D\.OWN\.1/);
  });
});
