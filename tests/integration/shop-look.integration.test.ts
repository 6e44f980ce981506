// The shop's colour and logo (issue 15 item 5): saved with its audit entry, refused at the field
// when it would break a page, a mail or a receipt, and shown in mails (on APP_URL) and receipts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ZBrandingInput } from "@/lib/schemas/branding";
import { updateBranding } from "@/lib/server/admin/update-branding";
import { sendSignInLink } from "@/lib/server/auth/send-sign-in-link";
import { renderReceiptPdf } from "@/lib/server/receipts/render-receipt-pdf";
import { createActiveAgreement, createMerchant } from "../factories";
import { testContext } from "../shared/server-context";

const admin = { type: "STAFF" as const, id: "admin-look", email: "admin@abo.test", role: "ADMIN" as const };
// A valid 1×1 PNG, and one that only starts like a PNG.
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const dataUrl = (base64: string, type = "image/png") => `data:${type};base64,${base64}`;
const BROKEN_PNG = Buffer.concat([Buffer.from(PNG, "base64").subarray(0, 16), Buffer.alloc(64)]).toString(
  "base64",
);

const save = async (input: { brandColor?: string; logo?: string; removeLogo?: boolean }) =>
  updateBranding(
    await testContext({ actor: admin }),
    ZBrandingInput.parse({ brandColor: "", logo: "", removeLogo: false, ...input }),
  );
const state = async () => ({
  colour: (await db.merchant.findFirstOrThrow({ select: { brandColor: true } })).brandColor,
  logos: await db.shopLogo.count(),
  audits: await db.auditEvent.count({ where: { action: "merchant.branding-updated" } }),
});

beforeAll(async () => {
  await createMerchant();
});

describe("the shop's look", () => {
  it("saves colour and logo with one audit entry naming the logo by its hash", async () => {
    const before = await state();
    const result = await save({ brandColor: "#0B5D3B", logo: dataUrl(PNG) });
    expect(result.logo).toMatch(/^[0-9a-f]{64}$/);
    expect(await state()).toEqual({ colour: "#0b5d3b", logos: 1, audits: before.audits + 1 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "merchant.branding-updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.stringify(audit)).not.toContain(PNG.slice(0, 20));
    expect(audit.after).toMatchObject({ brandColor: "#0b5d3b", logo: result.logo });
  });

  it("refuses at the field what would break a page, a mail or a receipt, and writes nothing", async () => {
    const before = await state();
    const refused = (input: Record<string, unknown>) =>
      ZBrandingInput.safeParse({ brandColor: "", logo: "", removeLogo: false, ...input });
    const paths = (input: Record<string, unknown>) =>
      refused(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths({ brandColor: "green" })).toEqual([["brandColor", "Enter a colour like #1d4ed8"]]);
    // Vipps orange with white text is below 4.5:1.
    expect(paths({ brandColor: "#ff5b24" })).toEqual([
      ["brandColor", "Too light for white text: contrast 3.1:1, needs 4.5:1. Choose a darker shade."],
    ]);
    const svg = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
    expect(paths({ logo: dataUrl(svg.toString("base64"), "image/png") })).toEqual([
      ["logo", "Choose a PNG or JPEG image"],
    ]);
    expect(paths({ logo: "https://example.com/logo.png" })).toEqual([["logo", "Choose a PNG or JPEG image"]]);
    const big = Buffer.concat([Buffer.from(PNG, "base64"), Buffer.alloc(210 * 1024)]).toString("base64");
    expect(paths({ logo: dataUrl(big) })).toEqual([["logo", "The logo must be 200 KB or smaller"]]);
    // Starts like a PNG, is not one: caught before a receipt would fail on it.
    const error = await save({ logo: dataUrl(BROKEN_PNG) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details.fieldErrors).toEqual({
      logo: "This image could not be read; save it again as PNG or JPEG",
    });
    expect(await state()).toEqual(before);
  });

  it("puts the logo (on APP_URL) and the colour in customer mails, and the logo in receipt PDFs", async () => {
    const { logo } = await save({ brandColor: "#0b5d3b", logo: dataUrl(PNG) });
    const { agreement } = await createActiveAgreement({
      product: {
        initialChargeDescription: "Første",
        initialChargeTransactionType: "DIRECT_CAPTURE",
        prices: [{ market: "NO", currency: "NOK", amount: 12_500, initialChargeAmount: 12_500 }],
      },
    });
    const customer = await db.customer.findUniqueOrThrow({ where: { id: agreement.customerId! } });
    await sendSignInLink(
      await testContext(),
      customer.email!,
      `${env().APP_URL}/api/auth/callback/email?token=x`,
    );
    const mail = await db.email.findFirstOrThrow({
      where: { to: customer.email!.toLowerCase(), kind: "sign-in-link" },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.html).toContain(`<img src="${env().APP_URL}/brand/logo?v=${logo!.slice(0, 16)}"`);
    expect(mail.html).toContain("background:#0b5d3b");

    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    const withLogo = Buffer.from(
      (await renderReceiptPdf(await testContext(), { chargeId: charge.id, locale: "nb" }))!,
    ).toString("latin1");
    expect(withLogo).toContain("/Subtype /Image");
    await save({ brandColor: "", removeLogo: true });
    expect(await db.shopLogo.count()).toBe(0);
    const plain = Buffer.from(
      (await renderReceiptPdf(await testContext(), { chargeId: charge.id, locale: "nb" }))!,
    ).toString("latin1");
    expect(plain).not.toContain("/Subtype /Image");
  });
});
