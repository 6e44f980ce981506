import { describe, expect, it } from "vitest";
import { negotiateLocale, preferredLocale } from "./locales";
import { MESSAGES, format } from "./translator";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

function placeholders(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: (value.match(/\{\w+\}/g) ?? []).sort().join(",") };
  return Object.assign(
    {},
    ...Object.entries(value as Record<string, unknown>).map(([k, v]) =>
      placeholders(v, prefix ? `${prefix}.${k}` : k),
    ),
  );
}

describe("messages", () => {
  it("every language has every key, and the same placeholders", () => {
    const source = placeholders(MESSAGES.en);
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      expect(keys(messages).sort(), locale).toEqual(keys(MESSAGES.en).sort());
      expect(placeholders(messages), locale).toEqual(source);
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Next charge {date}: {amount}", { date: "1. mars", amount: "149 kr" })).toBe(
      "Next charge 1. mars: 149 kr",
    );
    expect(format("{missing}")).toBe("{missing}");
  });

  it("negotiates a language from the browser", () => {
    expect(negotiateLocale("nn-NO,en;q=0.5")).toBe("nb");
    expect(negotiateLocale("fi-FI,fi;q=0.9")).toBe("fi");
    expect(negotiateLocale("de-DE,da;q=0.4")).toBe("da");
    expect(negotiateLocale("de-DE", "en")).toBe("en");
    expect(negotiateLocale(null)).toBe("nb");
  });

  it("reads a stored language: the customer's first, then the shop's, else Bokmål", () => {
    expect(preferredLocale("da-DK", "nb")).toBe("da");
    expect(preferredLocale("nn", "en")).toBe("nb");
    expect(preferredLocale(null, "FI")).toBe("fi");
    expect(preferredLocale("de", undefined, "sv")).toBe("nb");
  });
});
