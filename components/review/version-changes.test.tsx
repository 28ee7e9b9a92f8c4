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

/** Each row's cells, as text, in order. */
const rows = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, "")));

describe("version changes", () => {
  it("name the field and show the answers in Chinese", () => {
    const html = render("zh-CN");
    expect(html).toContain("该地区安全吗？");
    expect(rows(html)).toContainEqual(expect.arrayContaining(["答案", "不清楚", "符合"]));
    expect(rows(html)).toContainEqual(["指标", "指标", "—", "水井：1/4口"]);
  });

  it("read as before in English, each value under its column's name on a phone", () => {
    const html = render("en");
    expect(rows(html)).toContainEqual(expect.arrayContaining(["Answer", "Unknown", "Met"]));
    const columns = messagesByLocale.en.versions.changeColumns;
    expect(html).toContain(`<td data-label="${columns.before}">Unknown</td><td data-label="${columns.after}">Met</td>`);
  });
});
