// The dev mailbox is open to anyone who reaches a demo: it must not hand out the sign-in link or
// staff invitation of a real person. The page is rendered for real (demo mode, no SMTP) after Abo
// mailed a demo customer, a real customer and an invited colleague through its own code.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { inviteStaff } from "@/lib/server/admin/invite-staff";
import { sendSignInLink } from "@/lib/server/auth/send-sign-in-link";
import { createMerchant } from "../factories";
import { testContext } from "../shared/server-context";

const APP = process.env.APP_URL!;

/** The page with DEMO_MODE as given (unset, the rule in lib/env.ts says no: DATABASE_URL is set). */
async function renderMailbox(demoMode: "true" | "false" | undefined): Promise<string> {
  if (demoMode) process.env.DEMO_MODE = demoMode;
  else delete process.env.DEMO_MODE;
  delete process.env.SMTP_URL;
  vi.resetModules(); // a fresh lib/env that reads the above
  const { default: DevMailboxPage } = await import("@/app/dev/mailbox/page");
  return renderToStaticMarkup(await DevMailboxPage());
}

beforeAll(async () => {
  const { merchant } = await createMerchant();
  for (const email of ["kari.demo@example.no", "ola@firma.no"])
    await db.customer.create({ data: { merchantId: merchant.id, email, name: "Kunde", market: "NO" } });
  const admin = await db.user.create({ data: { email: "sjef@firma.no", name: "Sjef", role: "ADMIN" } });
  await sendSignInLink(
    await testContext(),
    "kari.demo@example.no",
    `${APP}/api/auth/callback/email?token=demo-token`,
  );
  await sendSignInLink(
    await testContext(),
    "ola@firma.no",
    `${APP}/api/auth/callback/email?token=real-token`,
  );
  await inviteStaff(
    await testContext({ actor: { type: "STAFF", id: admin.id, email: admin.email, role: "ADMIN" } }),
    { email: "ny.kollega@firma.no", name: "Ny Kollega", role: "ADMIN" },
  );
});

describe("dev mailbox", () => {
  it("shows mail to demo addresses, never a real person's sign-in link or invitation", async () => {
    expect(await db.email.count()).toBe(3); // all three were written; the page is what filters
    const html = await renderMailbox("true");
    expect(html).toContain("kari.demo@example.no");
    expect(html).toContain("token=demo-token");
    expect(html).not.toContain("ola@firma.no");
    expect(html).not.toContain("real-token");
    expect(html).not.toContain("ny.kollega@firma.no");
    expect(html).not.toContain("/setup/invite/");
  });

  it("does not exist outside demo mode", async () => {
    for (const demoMode of ["false", undefined] as const)
      await expect(renderMailbox(demoMode)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
