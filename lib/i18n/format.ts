import type { Locale } from "./locales";
import { TIME_ZONE } from "./time-zone";

/**
 * Dates, times and numbers in the reader's locale, in the one time zone the app shows
 * (lib/i18n/time-zone.ts). Pure: pages pass the locale (getLocale / useLocale), and the PDF
 * and exports the language they are made in. "2026-12-01" reads "1 Dec 2026" or "2026年12月1日".
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { timeZone: TIME_ZONE, ...options })));
  return f;
}

const asDate = (value: Date | string) => (typeof value === "string" ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value);

/** A day: "1 Dec 2026" / "2026年12月1日". Plain ISO days ("2026-12-01") are read as that day. */
export function formatDay(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "—";
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
  // A bare date has no time: showing it in another zone could move it a day.
  return (typeof value === "string" && value.length === 10 ? dateFormat(locale, { ...options, timeZone: "UTC" }) : dateFormat(locale, options)).format(asDate(value));
}

/** A moment: "1 Dec 2026, 14:05" / "2026年12月1日 14:05", with the zone when it is not obvious. */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale, withSeconds = false): string {
  if (!value) return "—";
  return dateFormat(locale, {
    day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    ...(withSeconds ? { second: "2-digit" } : {}), timeZoneName: "short",
  }).format(asDate(value));
}

/** A time of day: "14:05" (the save status, conflicts). */
export function formatTime(value: Date | string | null | undefined, locale: Locale, withSeconds = false): string {
  if (!value) return "";
  return dateFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", ...(withSeconds ? { second: "2-digit" } : {}) }).format(asDate(value));
}

export function formatNumber(value: number | null | undefined, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f.format(value);
}

/** An amount in its currency, in whole units: "$120,000" / "US$120,000". */
export function formatMoney(amount: string | number, currency: string, locale: Locale): string {
  const value = typeof amount === "string" ? Number(amount) : amount;
  try {
    return formatNumber(value, locale, { style: "currency", currency, maximumFractionDigits: 0 });
  } catch {
    return `${formatNumber(value, locale)} ${currency}`;
  }
}

/**
 * Whole calendar days from one moment to a later one, in the app's time zone: 0 on the same day,
 * 1 from late yesterday to early today ("waiting 1 day" is about dates, not 24-hour spans).
 */
export function calendarDaysBetween(from: Date, to: Date): number {
  const day = (d: Date) => {
    const [y, m, dd] = dateFormat("en", { year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(d)
      .filter((p) => p.type !== "literal")
      .sort((a, b) => ["year", "month", "day"].indexOf(a.type) - ["year", "month", "day"].indexOf(b.type))
      .map((p) => Number(p.value));
    return Date.UTC(y!, m! - 1, dd!);
  };
  return Math.max(0, Math.round((day(to) - day(from)) / 86_400_000));
}

/** A file's size the way people read one: "820 KB", "3.4 MB" (kilobytes of 1,024 bytes). */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, { maximumFractionDigits: 1 })} MB`;
}
