import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ADMIN, signInAsStaff } from "./fixtures/auth";

// Secrets never reach the browser: not in the built client bundles, not in any page we serve.
const CREDENTIALS = [
  // The emulator test merchants' credentials, which are the defaults in lib/env.ts and the seed.
  "abo-test-secret",
  "abo-test-subscription-key",
  "abo-test-secret-dk",
  "abo-test-subscription-key-dk",
  "abo-test-secret-fi",
  "abo-test-subscription-key-fi",
];
const stackSecrets = (): string[] => JSON.parse(process.env.E2E_SECRETS ?? "[]");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test("the built client bundles contain no credentials or secrets", () => {
  const staticDir = path.join(process.env.NEXT_DIST_DIR ?? ".next", "static");
  const bundle = files(staticDir)
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
  expect(bundle.length).toBeGreaterThan(10_000);
  for (const secret of [...CREDENTIALS, ...stackSecrets()])
    expect(bundle, secret.slice(0, 8)).not.toContain(secret);
  expect(bundle).not.toMatch(
    /DATABASE_URL|ENCRYPTION_KEY|AUTH_SECRET|clientSecretEnc|subscriptionKeyEnc|passwordHash/,
  );
});

test("pages served to an admin contain no credentials or secrets", async ({ page }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (response.url().startsWith(process.env.E2E_BASE_URL!))
      bodies.push(await response.text().catch(() => ""));
  });
  await signInAsStaff(page, ADMIN, "/admin");
  for (const url of [
    "/admin",
    "/admin/settings",
    "/admin/onboarding",
    "/admin/products",
    "/admin/products/new",
    "/support",
    "/support/checklist",
    "/",
    "/sign-in",
  ]) {
    await page.goto(url);
  }
  const everything = bodies.join("\n");
  expect(everything.length).toBeGreaterThan(1_000);
  for (const secret of [...CREDENTIALS, ...stackSecrets()])
    expect(everything, secret.slice(0, 8)).not.toContain(secret);
  expect(everything).not.toMatch(/v1:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]{20,}:/); // an encrypted secret box
});
