import en from "./en.json";
import zhCN from "./zh-CN.json";
import type { Locale } from "../locales";

/** English is the reference: its keys type every `t("…")` call (lib/i18n/app-config.d.ts). */
export type Messages = typeof en;

/** Both files are small; loading them together keeps the server and the PDF worker simple. */
export const messagesByLocale: Record<Locale, Messages> = { en, "zh-CN": zhCN };
