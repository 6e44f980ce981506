import { describe, expect, it } from "vitest";
import { contrastOnWhite, contrastRatio, logoPath, parseHexColour, sniffLogoType } from "./shop-look";

describe("shop look", () => {
  it("reads #rrggbb colours only, in lower case", () => {
    expect(parseHexColour(" #1D4ED8 ")).toBe("#1d4ed8");
    for (const bad of ["1d4ed8", "#fff", "#1d4ed8ff", "blue", "#gggggg", ""])
      expect(parseHexColour(bad)).toBeNull();
  });

  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // The app's own link blue passes AA; Vipps orange does not (it needs large text).
    expect(contrastOnWhite("#1d4ed8")).toBeGreaterThan(4.5);
    expect(contrastOnWhite("#ff5b24")).toBeLessThan(4.5);
  });

  it("knows PNG and JPEG by their first bytes, nothing else", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]);
    const svg = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>");
    expect(sniffLogoType(png)).toBe("image/png");
    expect(sniffLogoType(jpeg)).toBe("image/jpeg");
    expect(sniffLogoType(svg)).toBeNull();
    expect(sniffLogoType(new Uint8Array())).toBeNull();
  });

  it("versions the logo's address by its hash", () => {
    expect(logoPath("abcdef0123456789ffff")).toBe("/brand/logo?v=abcdef0123456789");
  });
});
