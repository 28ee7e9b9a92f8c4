export type Currency = { code: string; name: string };

const names = new Intl.DisplayNames(["en"], { type: "currency" });

/** ISO 4217 currencies as the runtime knows them, so the list stays current without a package. */
export const currencyList: readonly Currency[] = Intl.supportedValuesOf("currency")
  .map((code) => ({ code, name: names.of(code) ?? code }))
  .sort((a, b) => a.code.localeCompare(b.code));

const codes = new Set(currencyList.map((c) => c.code));

export function isCurrencyCode(code: string): boolean {
  return codes.has(code);
}

export function formatMoney(amount: string | number, currency: string): string {
  const value = typeof amount === "string" ? Number(amount) : amount;
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${value.toLocaleString("en")} ${currency}`;
  }
}
