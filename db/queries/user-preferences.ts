import { eq } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { getDb } from "../client";
import { user } from "../schema";

/** Saves the language a person chose, so it follows them to every device they sign in on. */
export async function saveUserLocale(userId: string, locale: Locale) {
  const db = await getDb();
  await db.update(user).set({ locale }).where(eq(user.id, userId));
}
