import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, secretHint } from "./secret-box";

const key = randomBytes(32).toString("base64");

describe("secret box", () => {
  it("round-trips and never stores the plain text", () => {
    const sealed = encryptSecret("client-secret-value", key);
    expect(sealed).not.toContain("client-secret-value");
    expect(decryptSecret(sealed, key)).toBe("client-secret-value");
  });

  it("uses a fresh IV every time", () => {
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("refuses a tampered value or another key", () => {
    const sealed = encryptSecret("secret", key);
    const parts = sealed.split(":");
    parts[3] = Buffer.from("other").toString("base64");
    expect(() => decryptSecret(parts.join(":"), key)).toThrow();
    expect(() => decryptSecret(sealed, randomBytes(32).toString("base64"))).toThrow();
  });

  it("shows only the last four characters", () => {
    expect(secretHint("abcdefgh1234")).toBe("••••1234");
  });
});
