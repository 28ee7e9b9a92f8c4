import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/message-ref";
import { formatDay, formatNumber } from "@/lib/i18n/format";
import { countryName } from "@/lib/projects/countries";
import { sectorLabel } from "@/lib/projects/sectors";

/** What the words need of an audit entry (db/queries/audit.ts writes them). */
export type ChangeEntry = { entityType: string; entityId: string; before: unknown; after: unknown };

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys that hold ids (the entry already says what it is about) or bookkeeping: nothing a reader can use. */
const hiddenKeys = new Set(["id", "assessmentId", "userId", "memberId", "projectId", "partnerId", "criterionId", "from", "revision", "organizationId", "authorId", "seriesId"]);
const MAX_TEXT = 120;

/** Field words from `auditLog.fields.*`; a field the app does not know keeps its stored name. */
const fieldLabel = (t: Translate, key: string) => (t.has(`auditLog.fields.${key}`) ? t(`auditLog.fields.${key}`) : key);

/** A word from a message namespace when there is one for the value, else the value as stored. */
const word = (t: Translate, key: string, fallback: string) => (t.has(key) ? t(key) : fallback);

function text(t: Translate, value: string): string {
  if (value.trim() === "") return t("auditLog.empty");
  const short = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  return t("auditLog.quoted", { text: short.replace(/\s+/g, " ") });
}

/** One value in the reader's words: enumerations through their messages, days as days, texts quoted and cut. */
export function valueWords(t: Translate, locale: Locale, key: string, value: unknown, entityType: string): string {
  if (value === null || value === undefined) return key === "value" ? t("answers.notAnswered") : t("auditLog.none");
  if (typeof value === "boolean") return t(value ? "auditLog.yes" : "auditLog.no");
  if (typeof value === "number") return formatNumber(value, locale);
  if (Array.isArray(value)) {
    const names = value.map((v) => (isPlain(v) && typeof v.name === "string" ? v.name : null));
    if (value.length > 0 && names.every((n) => n !== null)) return names.join(t("auditLog.listSeparator"));
    return t("auditLog.count", { count: value.length });
  }
  if (isPlain(value)) {
    if (typeof value.rating === "string") return word(t, `ratings.${value.rating}`, value.rating);
    return compact(t, locale, value, entityType).join(t("auditLog.listSeparator")) || t("auditLog.none");
  }
  const s = String(value);
  switch (key) {
    case "value": return word(t, `answers.${s}`, s);
    case "role": return word(t, `roles.${s}`, s);
    case "status": return word(t, entityType === "risk" ? `riskStatuses.${s}` : `assessmentStatuses.${s}`, s);
    case "participationMode": return word(t, `modes.${s}.label`, s);
    case "kind": return word(t, `checklists.${s}`, s);
    case "rating": return word(t, `ratings.${s}`, s);
    case "sector": return sectorLabel(s, (k) => t(`sectors.${k}`));
    case "hostCountry": case "country": return countryName(s, locale);
    case "budget": return numeric(s) === null ? text(t, s) : formatNumber(Number(s), locale);
    case "dueDate": case "startDate": case "endDate": case "exportedAt": return formatDay(s, locale);
    default: return text(t, s);
  }
}

const shown = (key: string, value: unknown) => !hiddenKeys.has(key) && !(typeof value === "string" && uuid.test(value));

/** A shape the words do not know: its fields as "name: value", never the stored JSON. */
function compact(t: Translate, locale: Locale, value: Plain, entityType: string): string[] {
  return Object.entries(value)
    .filter(([k, v]) => shown(k, v) && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => t("auditLog.set", { field: fieldLabel(t, k), value: valueWords(t, locale, k, v, entityType) }));
}

const numeric = (v: unknown) => (typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) ? Number(v) : null);
/** Equal as stored, or the same number (the form sends 125000.5, the row holds "125000.50"). */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null) || (numeric(a) !== null && numeric(a) === numeric(b));

/** The label of a field of an answer or a risk names its criterion ("Answer to B.NEED.1", "Notes on B.NEED.1"). */
function labelFor(t: Translate, entry: ChangeEntry, key: string): string {
  const criterion = entry.entityType === "answer" || entry.entityType === "risk" ? entry.entityId.split("/")[1] : undefined;
  if (!criterion) return fieldLabel(t, key);
  if (key === "value" && entry.entityType === "answer") return t("auditLog.answerTo", { criterion });
  return t("auditLog.fieldOf", { field: fieldLabel(t, key), criterion });
}

/**
 * An audit entry's change as lines a person reads: "Answer to B.NEED.1: Not met → Met",
 * "Role: Staff → Manager". Only what changed between before and after; a new record lists its
 * fields; a list says how many it held. Field names and enumerations come from the messages files.
 */
export function changeLines(entry: ChangeEntry, t: Translate, locale: Locale): string[] {
  const { before, after } = entry;
  const words = (key: string, value: unknown) => valueWords(t, locale, key, value, entry.entityType);
  if (Array.isArray(before) || Array.isArray(after)) {
    const label = fieldLabel(t, entry.entityType);
    if (before === null || before === undefined) return [t("auditLog.set", { field: label, value: words(entry.entityType, after) })];
    return [t("auditLog.change", { field: label, before: words(entry.entityType, before), after: words(entry.entityType, after) })];
  }
  if (!isPlain(before) && !isPlain(after)) return before === null && after === null ? [] : [t("auditLog.change", { field: t("auditLog.value"), before: words("", before), after: words("", after) })];
  if (!isPlain(before)) return compact(t, locale, after as Plain, entry.entityType);
  if (!isPlain(after)) return compact(t, locale, before, entry.entityType).map((line) => t("auditLog.removed", { line }));
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => shown(k, after[k] ?? before[k]) && !same(before[k], after[k]))
    .filter((k) => !(k === "partners" && same(names(before[k]), names(after[k]))))
    .map((k) => t("auditLog.change", { field: labelFor(t, entry, k), before: words(k, before[k]), after: words(k, after[k]) }));
}

/** Partners compare by name and country: the form sends no id for a new one, the stored record has one. */
const names = (list: unknown) => (Array.isArray(list) ? list.map((p) => (isPlain(p) ? `${String(p.name)}|${String(p.country)}` : "")).sort() : list);
