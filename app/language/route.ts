import { saveUserLocale } from "@/db/queries/user-preferences";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { getSignedInUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Only a path on this site: an absolute or protocol-relative address would make this an open redirect. */
function backPath(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : "/";
}

/**
 * The header's language switcher posts here (a plain form, so it works before scripts load):
 * the choice goes to the cookie, and to the account when someone is signed in, then back to the page.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  const back = backPath(form?.get("back") ?? null);
  const headers = new Headers({ Location: back, "Cache-Control": "no-store" });
  if (!isLocale(locale)) return new Response(null, { status: 303, headers });
  const signedIn = await getSignedInUser();
  if (signedIn) await saveUserLocale(signedIn.user.id, locale);
  headers.append("Set-Cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}
