import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message-ref";
import { messagesByLocale } from "@/lib/i18n/messages/messages";
import { PartConflict } from "./part-conflict";
import { SaveStatus } from "./save-status";
import type { Conflict } from "./use-section-sync";

/** What a reader sees of the form's notes (conflict, save status), as text, in their language. */
function read(locale: Locale, node: ReactNode): string {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesByLocale[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
  return html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"');
}

const conflict: Conflict = { key: "B.CTX.2", status: "conflict", current: { value: "not_met" }, revision: 3, by: "Malik Manager", at: "2026-12-01T14:05:00Z" };
const item = { id: "B.CTX.2" } as Parameters<typeof PartConflict>[0]["item"];

describe("conflict and save status", () => {
  it("say who changed what and when, in English", () => {
    expect(read("en", <PartConflict conflict={conflict} item={item} onChoose={() => {}} />)).toBe(
      "B.CTX.2: Malik Manager changed this to Not met at 14:05. Your answer is not saved yet: which one should stay?Keep theirsUse mine",
    );
    expect(read("en", <SaveStatus state={{ kind: "offline", unsent: 3 }} />)).toBe("Saved on this device — will send when online (3 answers)");
  });

  it("say it in Chinese, with the time as Chinese readers write it", () => {
    expect(read("zh-CN", <PartConflict conflict={conflict} item={item} onChoose={() => {}} />)).toBe(
      "B.CTX.2：Malik Manager在14:05把这里改成了不符合。你的答案还没有保存：保留哪一个？保留对方的使用我的",
    );
    const risk: Conflict = { ...conflict, current: { likelihood: 4, impact: 2, status: "mitigating" }, by: null, at: null };
    expect(read("zh-CN", <PartConflict conflict={risk} item={null} onChoose={() => {}} />)).toContain("有人把这里改成了可能性4 × 影响2，正在缓解");
    expect(read("zh-CN", <SaveStatus state={{ kind: "saved", at: "2026-12-01T14:05:09Z" }} />)).toBe("所有修改已于14:05:09保存");
    expect(read("zh-CN", <SaveStatus state={{ kind: "conflict", count: 2 }} />)).toBe("2个答案有冲突：请在每个答案旁选择保留哪一个。");
  });

  it("read a refused save's message reference in the reader's language", () => {
    expect(read("zh-CN", <SaveStatus state={{ kind: "error", message: msg("section.notSavedYet", { count: 2 }) }} />)).toBe(
      "尚未保存：有2个答案需要修改（已在下方标出）。",
    );
  });
});
