// A receipt or credit note as labelled fields, in the reader's language: what the printable page
// and the PDF both show. Each field has a stable key; README "Receipts" maps the sales-document
// rules of each market to these keys, and a test checks a rendered receipt against that table.
import { brandOf } from "@/components/brand/brand";
import type { Currency, Market, ReceiptKind } from "@/lib/generated/prisma/enums";
import type { TTranslator } from "@/lib/i18n/translator";
import { vatIdOf, type TSeller } from "./receipts";

export type TReceiptDocument = {
  id: string;
  kind: ReceiptKind;
  number: number;
  issuedAt: string;
  seller: TSeller;
  amount: number;
  currency: Currency;
  vatRate: number;
  vatAmount: number;
  /** On a credit note: the receipt it corrects. */
  corrects: { number: number; issuedAt: string } | null;
};

export type TReceiptData = {
  chargeId: string;
  market: Market;
  productName: string;
  description: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** When the money was captured (the supply date of a charge without a period). */
  paidAt: string;
  reference: string;
  transactionId: string | null;
  buyer: { name: string | null; email: string | null };
  contact: { shopName: string; email: string | null; phone: string | null };
  /** The receipt first, then its credit notes in the order issued. */
  documents: TReceiptDocument[];
};

export type TReceiptField = { key: string; label: string; value: string };
export type TReceiptSection = { heading: string | null; fields: TReceiptField[] };
export type TRenderedReceipt = {
  id: string;
  kind: ReceiptKind;
  title: string;
  sections: TReceiptSection[];
  total: TReceiptField;
};

const TIME_ZONE: Record<Market, string> = {
  NO: "Europe/Oslo",
  DK: "Europe/Copenhagen",
  FI: "Europe/Helsinki",
};

/** "Kaffeabonnement" and "Kaffeabonnement oktober" → the description alone; otherwise both. */
export function describe(productName: string, description: string): string {
  const text = description.trim();
  if (!text) return productName;
  return text.toLowerCase().includes(productName.trim().toLowerCase()) ? text : `${productName}: ${text}`;
}

/** Every document of a charge (receipt, then credit notes) as labelled fields. */
export function renderReceipts(data: TReceiptData, t: TTranslator): TRenderedReceipt[] {
  return data.documents.map((doc) => renderDocument(data, doc, t));
}

function renderDocument(data: TReceiptData, doc: TReceiptDocument, t: TTranslator): TRenderedReceipt {
  const r = t.m.receipt;
  const credit = doc.kind === "CREDIT_NOTE";
  const sign = credit ? -1 : 1;
  const money = (minor: number) => t.money(sign * minor, doc.currency);
  const longDate = (value: string) => t.date(value, { dateStyle: "long", timeZone: TIME_ZONE[data.market] });
  const day = (value: string) => t.date(value, { dateStyle: "long", timeZone: "UTC" });
  const rate = `${new Intl.NumberFormat(t.intl, { maximumFractionDigits: 2 }).format(doc.vatRate / 100)} %`;
  const field = (key: string, label: string, value: string | null): TReceiptField[] =>
    value ? [{ key, label, value }] : [];
  const seller = doc.seller;

  const header = [
    ...field("document.number", credit ? r.creditNoteNumber : r.number, String(doc.number)),
    ...field("document.date", r.issued, longDate(doc.issuedAt)),
    ...(doc.corrects
      ? field(
          "document.corrects",
          r.corrects,
          t.format(r.correctsValue, { number: doc.corrects.number, date: longDate(doc.corrects.issuedAt) }),
        )
      : []),
  ];
  const sellerFields = [
    ...field(
      "seller.name",
      r.sellerName,
      seller.tradingName ? `${seller.name} (${seller.tradingName})` : seller.name,
    ),
    ...field("seller.address", r.address, seller.address),
    ...(seller.country && seller.orgNumber
      ? field(
          "seller.orgNumber",
          r.orgNumber[seller.country],
          seller.country === "NO" && seller.vatRegistered
            ? vatIdOf("NO", seller.orgNumber)
            : seller.orgNumber,
        )
      : []),
    ...(seller.country && seller.orgNumber && seller.vatRegistered && seller.country !== "NO"
      ? field("seller.vatId", r.vatNumber, vatIdOf(seller.country, seller.orgNumber))
      : []),
  ];
  const buyer = [data.buyer.name, data.buyer.email].filter(Boolean).join(", ");
  const supply =
    data.periodStart && data.periodEnd
      ? field("supply.date", r.period, `${day(data.periodStart)} – ${day(data.periodEnd)}`)
      : field("supply.date", r.delivered, longDate(data.paidAt));
  const line = [
    ...field("description", r.item, describe(data.productName, data.description)),
    ...supply,
    ...field("payment.date", credit ? r.refundedOn : r.paidOn, longDate(credit ? doc.issuedAt : data.paidAt)),
    ...field("payment.method", r.method, brandOf(data.market, new Date(data.paidAt))),
    ...field("reference", r.reference, data.reference),
    ...field("transaction", r.transaction, data.transactionId),
  ];
  const vat = seller.vatRegistered
    ? [
        ...field("amount.net", r.net, money(doc.amount - doc.vatAmount)),
        ...field("vat.rate", r.vatRate, rate),
        ...field("vat.amount", t.format(r.vat, { rate }), money(doc.vatAmount)),
      ]
    : field("vat.none", r.vatRate, r.notVatRegistered);

  return {
    id: doc.id,
    kind: doc.kind,
    title: credit ? r.creditNoteTitle : r.title,
    sections: [
      { heading: null, fields: header },
      { heading: null, fields: sellerFields },
      { heading: null, fields: field("buyer", r.customer, buyer || null) },
      { heading: null, fields: line },
      { heading: null, fields: vat },
    ],
    total: { key: "amount.total", label: credit ? r.totalCredited : r.total, value: money(doc.amount) },
  };
}
