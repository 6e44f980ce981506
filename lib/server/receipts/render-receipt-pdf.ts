import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { renderReceipts } from "@/lib/domain/receipt-fields";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getShopLogo } from "@/lib/server/merchant/get-shop-logo";
import { loadReceipt } from "./load-receipt";

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const LABEL_WIDTH = 150;

/**
 * A charge's receipt and its credit notes (one page each) as a PDF with real text, in `locale`
 * (the reader's, ctx.locale, unless told: a receipt email is in the customer's own language).
 * Scoped as loadReceipt is: ctx.merchantId's charges, a customer's own only (`customerId` narrows it
 * for others). Null when there is no such charge or nothing was paid.
 */
export const renderReceiptPdf = async (
  ctx: TServerContext,
  {
    chargeId,
    locale = ctx.locale,
    customerId = null,
  }: { chargeId: string; locale?: TLocale; customerId?: string | null },
): Promise<Uint8Array | null> => {
  const [data, logo] = await Promise.all([loadReceipt(ctx, { chargeId, customerId }), getShopLogo(ctx)]);
  if (!data) return null;
  const t = translator(locale);
  const docs = renderReceipts(data, t);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${docs[0]!.title} ${docs[0]!.sections[0]!.fields[0]?.value ?? ""}`.trim());
  pdf.setProducer("Abo");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const image = logo
    ? await (logo.contentType === "image/png" ? pdf.embedPng(logo.bytes) : pdf.embedJpg(logo.bytes))
    : null;
  // The logo at most 48 pt high and 160 pt wide, in the top right corner of every page.
  const logoSize = image ? image.scale(Math.min(48 / image.height, 160 / image.width, 1)) : null;
  const supported = new Set(regular.getCharacterSet());
  // Standard fonts are WinAnsi: Intl's narrow spaces and minus sign are written as their plain forms.
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009]/g, " ").replace(/\u2212/g, "-")]
      .map((c) => (supported.has(c.codePointAt(0)!) ? c : "?"))
      .join("");

  for (const doc of docs) {
    const page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
    let y = PAGE.height - PAGE.margin;
    if (image && logoSize)
      page.drawImage(image, {
        x: PAGE.width - PAGE.margin - logoSize.width,
        y: y - logoSize.height,
        ...logoSize,
      });
    const text = (value: string, x: number, font: PDFFont, size: number, width: number) => {
      const lines = wrap(clean(value), font, size, width);
      lines.forEach((line, i) =>
        page.drawText(line, { x, y: y - size - i * size * 1.4, size, font, color: rgb(0, 0, 0) }),
      );
      return lines.length * size * 1.4;
    };
    y -= text(doc.title, PAGE.margin, bold, 20, PAGE.width - 2 * PAGE.margin) + 12;
    for (const section of doc.sections) {
      if (section.fields.length === 0) continue;
      page.drawLine({
        start: { x: PAGE.margin, y },
        end: { x: PAGE.width - PAGE.margin, y },
        thickness: 0.5,
        color: rgb(0.8, 0.8, 0.8),
      });
      y -= 8;
      for (const field of section.fields) {
        const valueX = PAGE.margin + LABEL_WIDTH;
        const used = Math.max(
          text(field.label, PAGE.margin, bold, 10, LABEL_WIDTH - 8),
          text(field.value, valueX, regular, 10, PAGE.width - PAGE.margin - valueX),
        );
        y -= used + 4;
      }
      y -= 4;
    }
    y -= 8;
    text(doc.total.label, PAGE.margin, bold, 14, LABEL_WIDTH * 2);
    const total = clean(doc.total.value);
    page.drawText(total, {
      x: PAGE.width - PAGE.margin - bold.widthOfTextAtSize(total, 14),
      y: y - 14,
      size: 14,
      font: bold,
    });
  }
  return pdf.save();
};

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  out.push(line);
  return out;
}
