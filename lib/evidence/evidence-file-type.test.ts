import { describe, expect, it } from "vitest";
import { cleanFileName, detectEvidenceType } from "./evidence-file-type";
import { SAMPLE_PDF as pdf, WINDOWS_PROGRAM as windowsProgram } from "./testing/sample-files";


describe("evidence file types", () => {
  it("knows a PDF by its bytes", async () => {
    expect(await detectEvidenceType(pdf)).toEqual({ mediaType: "application/pdf", extension: "pdf" });
  });

  it("refuses a Windows program, whatever it is called", async () => {
    expect(await detectEvidenceType(windowsProgram)).toBeNull();
  });

  it("takes plain text in any language, but not binary noise or an empty file", async () => {
    expect(await detectEvidenceType(new TextEncoder().encode("注册证书编号 12345\nRegistration no. 12345\n"))).toEqual({ mediaType: "text/plain", extension: "txt" });
    expect(await detectEvidenceType(new Uint8Array([0x00, 0xff, 0x13, 0x80]))).toBeNull();
    expect(await detectEvidenceType(new Uint8Array())).toBeNull();
  });

  it("cleans names: no folders or odd characters, the detected type's extension", () => {
    const type = { mediaType: "application/pdf", extension: "pdf" };
    expect(cleanFileName("C:\\Users\\me\\注册证书 2025.pdf", type)).toBe("注册证书 2025.pdf");
    expect(cleanFileName("../../etc/passwd", type)).toBe("passwd.pdf");
    expect(cleanFileName('setup.exe', type)).toBe("setup.pdf");
    expect(cleanFileName('a<b>:"c|?*\u0007.pdf', type)).toBe("abc.pdf");
    expect(cleanFileName("...", type)).toBe("evidence.pdf");
    expect(cleanFileName("invoice\u202Egnp.pdf", type)).toBe("invoicegnp.pdf");
  });
});
