import "server-only";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { brandOf } from "@/components/brand/brand";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { TReceipt } from "./types";

const PAGE = { width: 595.28, height: 841.89, margin: 56 };

/**
 * A receipt (getReceipt) as a one-page PDF with real text, in the customer's language: the same
 * rows as the printable receipt page, for the email that goes with every charged payment.
 */
export async function renderReceiptPdf(receipt: TReceipt, locale: TLocale, at: Date): Promise<Uint8Array> {
  const t = translator(locale);
  const r = t.m.receipt;
  const { charge, shop } = receipt;
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${r.title} ${charge.reference}`);
  pdf.setProducer("Abo");
  pdf.setLanguage(t.intl);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const supported = new Set(regular.getCharacterSet());
  // Standard fonts speak WinAnsi: Intl's narrow spaces and the minus sign become their plain kin.
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009]/g, " ").replace(/\u2212/g, "-")]
      .map((c) => (supported.has(c.codePointAt(0)!) ? c : "?"))
      .join("");

  const page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const line = (text: string, options: { size?: number; bold?: boolean; x?: number; gap?: number } = {}) => {
    const size = options.size ?? 11;
    page.drawText(clean(text), {
      x: PAGE.margin + (options.x ?? 0),
      y: y - size,
      size,
      font: options.bold ? bold : regular,
      color: rgb(0.09, 0.09, 0.09),
      maxWidth: PAGE.width - 2 * PAGE.margin - (options.x ?? 0),
    });
    if (options.gap !== 0) y -= size * 1.5 + (options.gap ?? 0);
  };

  line(r.title, { size: 22, bold: true, gap: 4 });
  line(shop.name, { size: 14, gap: 12 });
  line(r.seller, { bold: true });
  for (const value of [shop.name, shop.supportEmail, shop.supportPhone]) if (value) line(value);
  y -= 8;
  line(r.customer, { bold: true });
  for (const value of [receipt.customer.name, receipt.customer.email]) if (value) line(value);
  y -= 12;

  const rows: [string, string][] = [
    [r.paidOn, t.date(charge.paidAt ?? charge.due ?? "", { dateStyle: "long", timeZone: "UTC" })],
    [r.item, `${receipt.productName}: ${charge.description}`],
    ...(charge.periodStart && charge.periodEnd
      ? [[r.period, `${t.date(charge.periodStart)} – ${t.date(charge.periodEnd)}`] as [string, string]]
      : []),
    [r.amount, t.money(charge.capturedAmount, charge.currency)],
    ...(charge.refundedAmount > 0
      ? [[r.refunded, `- ${t.money(charge.refundedAmount, charge.currency)}`] as [string, string]]
      : []),
    [r.method, brandOf(receipt.market, at)],
    [r.reference, charge.reference],
    ...(charge.transactionId ? [[r.transaction, charge.transactionId] as [string, string]] : []),
  ];
  for (const [label, value] of rows) {
    line(label, { bold: true, gap: 0 });
    line(value, { x: 140 });
  }
  y -= 12;
  line(r.total, { size: 16, bold: true, gap: 0 });
  line(t.money(charge.capturedAmount - charge.refundedAmount, charge.currency), {
    size: 16,
    bold: true,
    x: 140,
  });
  y -= 12;
  line(`${t.format(r.questions, { shop: shop.name })} ${shop.supportEmail ?? shop.supportPhone ?? ""}`, {
    size: 10,
  });
  return pdf.save();
}
