import { describe, expect, it } from "vitest";
import { chooseLocale, negotiateLocale } from "./choose-locale";
import { collatorFor } from "./locales";

describe("negotiateLocale", () => {
  it("reads Chinese browsers as zh-CN, whatever their region", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("zh")).toBe("zh-CN");
    expect(negotiateLocale("zh-Hans-SG")).toBe("zh-CN");
  });
  it("honours the browser's order of preference", () => {
    expect(negotiateLocale("en-GB,zh-CN;q=0.5")).toBe("en");
    expect(negotiateLocale("fr-FR,zh-CN;q=0.7,en;q=0.3")).toBe("zh-CN");
  });
  it("falls back to English for unknown, empty or malformed headers", () => {
    expect(negotiateLocale("fr-FR")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("*;q=0.5,!!!")).toBe("en");
  });
});

describe("chooseLocale", () => {
  it("puts the saved choice before the cookie and the cookie before the browser", () => {
    expect(chooseLocale({ saved: "zh-CN", cookie: "en", acceptLanguage: "en" })).toBe("zh-CN");
    expect(chooseLocale({ saved: null, cookie: "zh-CN", acceptLanguage: "en" })).toBe("zh-CN");
    expect(chooseLocale({ saved: null, cookie: "klingon", acceptLanguage: "zh-CN" })).toBe("zh-CN");
    expect(chooseLocale({})).toBe("en");
  });
});

describe("collatorFor", () => {
  it("sorts Chinese names by pinyin for Chinese readers", () => {
    const names = ["张伟", "阿里", "李娜", "王芳"];
    expect([...names].sort(collatorFor("zh-CN").compare)).toEqual(["阿里", "李娜", "王芳", "张伟"]);
  });
});
