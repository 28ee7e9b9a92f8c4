import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messagesByLocale } from "@/lib/i18n/messages/messages";
import type { VersionChange } from "@/lib/report/version-diff";
import { VersionChanges } from "./version-changes";

const changes: VersionChange[] = [
  { criterionId: "B.CTX.2", prompt: { en: "Is the area safe?", "zh-CN": "该地区安全吗？" }, field: "answer", before: "unknown", after: "met" },
  { criterionId: null, prompt: null, field: "indicators", before: null, after: [{ name: "水井", actual: 1, target: 4, unit: "口" }] },
];

const render = (locale: "en" | "zh-CN") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesByLocale[locale]} timeZone="UTC">
      <VersionChanges title="t" changes={changes} returnNotes={[]} />
    </NextIntlClientProvider>,
  );

describe("version changes", () => {
  it("name the field and show the answers in Chinese", () => {
    const html = render("zh-CN");
    expect(html).toContain("该地区安全吗？");
    expect(html).toContain("<td>答案</td><td>不清楚</td><td>符合</td>");
    expect(html).toContain("<td>指标</td><td>指标</td><td>—</td><td>水井：1/4口</td>");
  });

  it("read as before in English", () => {
    expect(render("en")).toContain("<td>Answer</td><td>Unknown</td><td>Met</td>");
  });
});
