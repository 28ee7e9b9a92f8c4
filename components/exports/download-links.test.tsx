import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { messagesByLocale } from "@/lib/i18n/messages/messages";
import { TIME_ZONE } from "@/lib/i18n/time-zone";
import { sampleAssessments, sampleProject } from "@/lib/exports/sample-export";
import { buildProjectReport } from "@/lib/report/project-report";
import { PortfolioDownloadLinks, ProjectDownloadLinks } from "./download-links";

const report = buildProjectReport(sampleProject, sampleAssessments());

function render(locale: Locale, node: React.ReactNode): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesByLocale[locale]} timeZone={TIME_ZONE}>
      {node}
    </NextIntlClientProvider>,
  );
}
const linkTexts = (html: string) => [...html.matchAll(/<a [^>]*title="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, title, text]) => `${text} (${title})`);

describe("the download links", () => {
  it("read as before in English", () => {
    const html = render("en", <ProjectDownloadLinks projectId="p1" parts={report.parts} />);
    expect(html).toContain('aria-label="Download"');
    expect(linkTexts(html)).toEqual(
      expect.arrayContaining(["answers, risks, indicators (All three tables as an Excel workbook)", "Before (Before: participation evaluation as JSON)", "Partner Kenya Water Trust (Partner due diligence: Kenya Water Trust as JSON)"]),
    );
  });

  it("read in Chinese for a Chinese reader", () => {
    const html = render("zh-CN", <ProjectDownloadLinks projectId="p1" parts={report.parts} />);
    expect(html).toContain('aria-label="下载"');
    expect(linkTexts(html)).toEqual([
      "全部阶段 (包含全部阶段的项目报告（PDF）)",
      "回答、风险、指标 (三张表合成一个 Excel 工作簿)",
      "回答 (回答（CSV）)",
      "风险 (风险（CSV）)",
      "指标 (指标（CSV）)",
      "整个项目 (项目及其每个评估版本，可用于导入)",
      "项目前 (项目前：参与评估（JSON）)",
      "项目中 (项目中：风险监测（JSON）)",
      "项目后 (项目后：监测与评估（JSON）)",
      "合作方Kenya Water Trust (合作方尽职调查：Kenya Water Trust（JSON）)",
      "项目归档 (整个项目及全部证据文件的 zip 归档，用于迁移到另一台服务器)",
    ]);
    expect(render("zh-CN", <PortfolioDownloadLinks />)).toContain("<strong>下载全部项目</strong>");
  });
});
