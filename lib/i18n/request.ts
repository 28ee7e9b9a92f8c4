import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { resolveSession } from "@/lib/session";
import { chooseLocale } from "./choose-locale";
import { LOCALE_COOKIE } from "./locales";
import { messagesByLocale } from "./messages/messages";
import { TIME_ZONE } from "./time-zone";

/**
 * The language of this request (no locale in the URL): the account's choice, the cookie, the
 * browser's Accept-Language, English. resolveSession is cached per request, so pages that read
 * the session anyway pay nothing more.
 */
export default getRequestConfig(async () => {
  const [resolved, cookieStore, headerList] = await Promise.all([resolveSession(), cookies(), headers()]);
  const locale = chooseLocale({
    saved: resolved.kind === "signed-out" ? null : resolved.savedLocale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, messages: messagesByLocale[locale], timeZone: TIME_ZONE };
});
