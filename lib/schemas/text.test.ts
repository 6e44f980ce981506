import { describe, expect, it } from "vitest";
import { isStorableJson, isStorableText, storableText, UNSTORABLE_TEXT_MESSAGE } from "./text";

describe("storable text", () => {
  it("refuses what PostgreSQL cannot store: NUL and lone surrogates, wherever they are", () => {
    for (const bad of ["\u0000", "Ferie\u0000", "\uD800", "a\uD83Db", "\uDE00", "x\uDE00y", "\uDE00\uD83D"]) {
      expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
      expect(
        storableText()
          .safeParse(bad)
          .error?.issues.map((i) => i.message),
      ).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    }
  });

  it("accepts Nordic letters, emoji (surrogate pairs) and ordinary control characters", () => {
    for (const good of [
      "",
      "Blåbærsyltetøy",
      "Æble og øl på Ærø",
      "Hyvää päivää, Åbo",
      "Ferie 🏖️👨‍👩‍👧",
      "a\tb\nc",
      "\u{1F600}",
    ]) {
      expect(isStorableText(good), good).toBe(true);
      expect(storableText().parse(good)).toBe(good);
    }
  });

  it("keeps the checks chained after it and the field's own message", () => {
    const ZReason = storableText("badText").trim().max(5, "tooLong");
    expect(ZReason.parse("  ok  ")).toBe("ok");
    expect(ZReason.safeParse("for lang").error?.issues[0]?.message).toBe("tooLong");
    expect(ZReason.safeParse("a\u0000").error?.issues[0]?.message).toBe("badText");
  });

  it("checks every string of a JSON value, keys included", () => {
    expect(isStorableJson({ a: ["x", { b: "ø" }], n: 1, t: true, z: null })).toBe(true);
    expect(isStorableJson({ a: ["x", { b: "\u0000" }] })).toBe(false);
    expect(isStorableJson({ "k\uD800": 1 })).toBe(false);
  });
});
