import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleImportInput } from "@/db/testing/import-cases";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { importProjectAction } from "./projects/import-actions";

/** The reader's language as next-intl would give it in a request. */
const reader = vi.hoisted(() => ({ locale: "zh-CN" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => reader.locale }));
afterEach(() => {
  reader.locale = "zh-CN";
});

const db = setupTestDatabase();

describe("an import refused for a Chinese reader", () => {
  it("says why in Chinese, every problem of the file, and writes nothing", async () => {
    const before = await snapshotTables(db());
    const result = await importProjectAction(
      sampleImportInput((f) => {
        f.assessments[0].checklistVersion = 9;
        f.assessments[1].answers[0].criterionId = "P.GOV.99";
      }),
    );
    expect(result.serverError).toBe(
      "项目前：参与评估（版本1）是按清单版本9填写的，本应用没有该版本。请先升级应用，再重新导入该文件。" +
        "合作方尽职调查（版本1）含有对P.GOV.99的回答，而清单版本2没有这些条目。未导入任何内容。",
    );
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("names the format's problems in Chinese, and the same file in English for an English reader", async () => {
    const input = sampleImportInput((f) => (f.formatVersion = 3));
    expect((await importProjectAction(input)).serverError).toBe(
      "该文件使用导出格式版本3，由更新版本的应用生成。本应用读取格式版本2：请先升级应用，再重新导入该文件。未导入任何内容。",
    );
    reader.locale = "en";
    expect((await importProjectAction(input)).serverError).toMatch(/^This file uses export format version 3.*Nothing was imported\.$/);
  });
});
