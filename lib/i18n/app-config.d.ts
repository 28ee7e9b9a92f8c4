import type { Locale } from "./locales";
import type { Messages } from "./messages/messages";

// Typed keys: a `t("…")` naming a key English lacks fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
