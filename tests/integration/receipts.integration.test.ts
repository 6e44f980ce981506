// Receipts a bookkeeper accepts (README "Receipts"): numbers unique and gap-free per sales unit under
// parallel workers, a credit note per refund, and each market's required fields on a rendered receipt.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ReceiptView } from "@/components/customer/receipt-view";
import { db } from "@/lib/db";
import { renderReceipts } from "@/lib/domain/receipt-fields";
import { translator } from "@/lib/i18n/translator";
import { ZCompanyDetailsInput } from "@/lib/schemas/admin";
import type { TActor } from "@/lib/server/actor";
import { updateCompanyDetails } from "@/lib/server/admin/update-company-details";
import { runBilling } from "@/lib/server/billing/run-billing";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { getReceipt } from "@/lib/server/customer-portal/get-receipt";
import { assignReceiptNumber } from "@/lib/server/receipts/assign-receipt-number";
import { renderReceiptPdf } from "@/lib/server/receipts/render-receipt-pdf";
import { commands } from "../../scripts/lib/processes";
import { createActiveAgreement, createMerchant, emulator } from "../factories";
import { advanceBothClocks, seedActiveAgreements, setBothClocks } from "./billing-fixtures";
import { testContext } from "../shared/server-context";
import { customerContext } from "../shared/customer-context";

const staff: TActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "ADMIN" };
const admin = { type: "STAFF" as const, id: "admin-1", email: "admin@abo.test", role: "ADMIN" as const };
const run = promisify(execFile);

const COMPANY = {
  NO: { legalName: "Kaffebaren Oslo AS", postalCode: "0155", city: "Oslo", orgNumber: "923 609 016" },
  DK: { legalName: "Kaffebaren ApS", postalCode: "1050", city: "København K", orgNumber: "12345678" },
  FI: { legalName: "Kahvibaari Oy", postalCode: "00100", city: "Helsinki", orgNumber: "0112038-9" },
} as const;
const PRICE = {
  NO: { market: "NO", currency: "NOK", amount: 12_500, initialChargeAmount: 12_500 },
  DK: { market: "DK", currency: "DKK", amount: 9_900, initialChargeAmount: 9_900 },
  FI: { market: "FI", currency: "EUR", amount: 1_255, initialChargeAmount: 1_255, vatRate: 1400 },
} as const;
const LOCALE = { NO: "nb", DK: "da", FI: "fi" } as const;

/** The README's table: per market, which fields every document, or every credit note, must carry. */
function readmeTable() {
  const readme = readFileSync("README.md", "utf8");
  const table = readme.split("<!-- receipt-fields:start -->")[1]!.split("<!-- receipt-fields:end -->")[0]!;
  const rows = table
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split("|").map((cell) => cell.trim()));
  const column = { NO: 3, DK: 4, FI: 5 } as const;
  return (market: "NO" | "DK" | "FI", kind: "Required" | "Credit notes") =>
    rows.filter((row) => row[column[market]]!.startsWith(kind)).map((row) => row[1]!.replaceAll("`", ""));
}

function fieldsIn(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of html.matchAll(/data-field="([^"]+)">([^<]*)</g)) found.set(match[1]!, match[2]!);
  return found;
}

beforeAll(async () => {
  await setBothClocks("2030-10-01T10:00:00Z");
  await createMerchant();
});

describe("company details", () => {
  it("bad input gets a message at the field and nothing is saved", () => {
    const good = { ...COMPANY.NO, addressLine: "Storgata 1", companyCountry: "NO", vatRegistered: true };
    const errors = (input: object) =>
      ZCompanyDetailsInput.safeParse({ ...good, ...input }).error?.issues.map((i) => [i.path[0], i.message]);
    expect(ZCompanyDetailsInput.parse(good).orgNumber).toBe("923609016");
    expect(errors({ orgNumber: "923609017" })).toEqual([["orgNumber", expect.stringMatching(/9-digit/)]]);
    expect(errors({ companyCountry: "FI", postalCode: "00100", orgNumber: "0112038-8" })).toEqual([
      ["orgNumber", expect.stringMatching(/Y-tunnus/)],
    ]);
    expect(errors({ companyCountry: "DK", postalCode: "1050", orgNumber: "1234" })).toEqual([
      ["orgNumber", expect.stringMatching(/CVR/)],
    ]);
    expect(errors({ postalCode: "01550" })).toEqual([["postalCode", expect.stringMatching(/4-digit/)]]);
    expect(errors({ legalName: " " })).toEqual([["legalName", expect.stringMatching(/registered name/)]]);
    expect(errors({ companyCountry: "SE" })?.[0]?.[0]).toBe("companyCountry");
    expect(errors({ legalName: "A\u0000S" })?.[0]?.[0]).toBe("legalName");
  });
});

describe("receipts per market", () => {
  for (const market of ["NO", "DK", "FI"] as const) {
    it(`${market}: a numbered receipt when paid, a credit note for the refund, and the README's fields`, async () => {
      const { merchant } = await createMerchant();
      await updateCompanyDetails(
        await testContext({ actor: admin }),
        ZCompanyDetailsInput.parse({
          ...COMPANY[market],
          addressLine: "Storgata 1",
          companyCountry: market,
          vatRegistered: true,
        }),
      );
      const { agreement } = await createActiveAgreement({
        market,
        product: {
          name: "Kaffeabonnement",
          initialChargeDescription: "Kaffeabonnement første måned",
          initialChargeTransactionType: "DIRECT_CAPTURE",
          prices: [PRICE[market]],
        },
      });
      const charge = await db.charge.findFirstOrThrow({
        where: { agreementId: agreement.id, type: "INITIAL" },
      });
      // Issued with the payment itself, before anyone opens the receipt.
      const issued = await db.receipt.findMany({ where: { chargeId: charge.id } });
      expect(issued).toMatchObject([{ kind: "RECEIPT", amount: PRICE[market].amount }]);
      const vatRate = market === "FI" ? 1400 : 2500;
      expect(issued[0]).toMatchObject({
        vatRate,
        vatAmount: Math.round((PRICE[market].amount * vatRate) / (10_000 + vatRate)),
      });

      await refundCharge(await testContext({ actor: staff }), {
        chargeId: charge.id,
        amount: PRICE[market].amount,
        description: "Refusjon",
      });
      const receipt = await getReceipt(await customerContext(agreement.customerId!), { chargeId: charge.id });
      expect(receipt!.documents.map((d) => [d.kind, d.amount])).toEqual([
        ["RECEIPT", PRICE[market].amount],
        ["CREDIT_NOTE", PRICE[market].amount],
      ]);
      expect(receipt!.documents[1]!.number).toBe(receipt!.documents[0]!.number + 1);

      const t = translator(LOCALE[market]);
      const docs = renderReceipts(receipt!, t);
      const required = readmeTable();
      expect(required(market, "Required").length).toBeGreaterThan(7);
      for (const doc of docs) {
        const html = renderToStaticMarkup(createElement(ReceiptView, { doc }));
        const fields = fieldsIn(html);
        const needed = [
          ...required(market, "Required"),
          ...(doc.kind === "CREDIT_NOTE" ? required(market, "Credit notes") : []),
        ];
        for (const key of needed)
          expect(fields.get(key)?.trim(), `${market} ${doc.kind} ${key}`).toBeTruthy();
        // The item is named once, and the seller by its registered name and number.
        expect(fields.get("description")).toBe("Kaffeabonnement første måned");
        expect(fields.get("seller.name")).toContain(COMPANY[market].legalName);
        expect(fields.get("seller.name")).toContain(merchant.name);
      }
      const [paid, credit] = docs.map((doc) =>
        fieldsIn(renderToStaticMarkup(createElement(ReceiptView, { doc }))),
      );
      if (market === "NO") expect(paid!.get("seller.orgNumber")).toBe("923609016 MVA");
      if (market === "FI") expect(paid!.get("seller.vatId")).toBe("FI01120389");
      if (market === "DK") expect(paid!.get("seller.orgNumber")).toBe("12345678");
      expect(credit!.get("document.corrects")).toContain(String(receipt!.documents[0]!.number));
      expect(credit!.get("payment.date")).toBeTruthy();

      const pdf = await renderReceiptPdf(await testContext(), {
        chargeId: charge.id,
        locale: LOCALE[market],
      });
      expect(Buffer.from(pdf!).subarray(0, 5).toString()).toBe("%PDF-");
      // Someone else's charge: no receipt, no PDF.
      expect(
        await renderReceiptPdf(await testContext(), {
          chargeId: charge.id,
          locale: "en",
          customerId: "someone-else",
        }),
      ).toBeNull();
    });
  }

  it("a receipt keeps the seller it was issued with when the company details change", async () => {
    const { agreement } = await createActiveAgreement({
      product: {
        initialChargeDescription: "Første",
        initialChargeTransactionType: "DIRECT_CAPTURE",
        prices: [PRICE.NO],
      },
    });
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    const before = await getReceipt(await customerContext(agreement.customerId!), { chargeId: charge.id });
    await updateCompanyDetails(
      await testContext({ actor: admin }),
      ZCompanyDetailsInput.parse({
        legalName: "Nytt Navn AS",
        addressLine: "Ny gate 2",
        postalCode: "5003",
        city: "Bergen",
        companyCountry: "NO",
        orgNumber: "923609016",
        vatRegistered: false,
      }),
    );
    const after = await getReceipt(await customerContext(agreement.customerId!), { chargeId: charge.id });
    expect(after!.documents[0]!.seller).toEqual(before!.documents[0]!.seller);
    expect(after!.documents[0]!.seller.name).not.toBe("Nytt Navn AS");
  });
});

describe("receipt numbers under parallel workers", () => {
  it("are unique and gap-free per sales unit, however many workers apply the same charges at once", async () => {
    const COUNT = 40;
    const { salesUnits } = await createMerchant();
    const unit = salesUnits.NO.id;
    const { agreements } = await seedActiveAgreements(COUNT, { amount: 10_000 });
    await runBilling();
    await advanceBothClocks({ days: 4 });
    await emulator.runBatches();
    const charges = await db.charge.findMany({
      where: { agreementId: { in: agreements.map((a) => a.id) } },
      select: { id: true },
    });
    expect(charges).toHaveLength(COUNT);
    const alreadyIssued = await db.receipt.count({ where: { salesUnitId: unit } });

    // Three worker processes apply every charge, in different orders, while this process takes
    // numbers in transactions that roll back: none of those may leave a gap.
    const ids = charges.map((c) => c.id).join(",");
    const [bin, ...args] = commands.tsxServer("tests/integration/probes/refresh-charges.ts");
    const worker = (reverse: boolean) =>
      run(bin!, args, {
        env: { ...process.env, CHARGE_IDS: ids, REVERSE: reverse ? "1" : "0", LOG_LEVEL: "silent" },
        timeout: 120_000,
      });
    const rollbacks = Array.from({ length: 15 }, () =>
      db
        .$transaction(async (tx) => {
          await assignReceiptNumber(tx, unit);
          throw new Error("rolled back on purpose");
        })
        .catch(() => "rolled back"),
    );
    const outputs = await Promise.all([worker(false), worker(true), worker(false), ...rollbacks]);
    for (const out of outputs.slice(0, 3)) {
      const { stdout, stderr } = out as { stdout: string; stderr: string };
      expect(JSON.parse(stdout.trim().split("\n").pop()!), stderr).toMatchObject({ failed: 0 });
    }

    const receipts = await db.receipt.findMany({
      where: { salesUnitId: unit },
      select: { number: true, chargeId: true, kind: true },
    });
    expect(receipts).toHaveLength(alreadyIssued + COUNT);
    const numbers = receipts.map((r) => r.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const perCharge = receipts.filter((r) => charges.some((c) => c.id === r.chargeId));
    expect(new Set(perCharge.map((r) => r.chargeId)).size).toBe(COUNT);
    expect(perCharge.every((r) => r.kind === "RECEIPT")).toBe(true);
    expect((await db.receiptCounter.findUniqueOrThrow({ where: { salesUnitId: unit } })).lastNumber).toBe(
      numbers.length,
    );
  }, 180_000);
});
