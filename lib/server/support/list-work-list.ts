import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { failureReasonForStaff } from "@/lib/domain/failure-reason";
import { formatMoney } from "@/lib/domain/money";
import { inWords } from "@/lib/domain/status-words";
import { format, MESSAGES } from "@/lib/i18n/translator";
import type { TWorkListName } from "@/lib/schemas/support";
import type { TServerContext } from "@/lib/server/context/server-context";
import { listFailedJobs } from "@/lib/server/system/failed-jobs";
import { isoDay } from "@/lib/domain/periods";

/** `href` is null where the viewer may not open the row's page (failed jobs are on the admin-only System page). */
export type TWorkListRow = { id: string; href: string | null; cells: Record<string, string> };
export type TWorkList = {
  list: TWorkListName;
  title: string;
  description: string;
  columns: { key: string; label: string }[];
  rows: TWorkListRow[];
};

const time = (d: Date | null) => (d ? `${d.toISOString().slice(0, 19).replace("T", " ")}Z` : "");
const who = (c: { name: string | null; email: string | null } | null) => c?.name ?? c?.email ?? "";

// Which rows each list holds: the lists and the support home's counts read the same predicates.
// The go-live verification's test data (Agreement.isTest) is left out: it is evidence on the
// checklist, not work.
export const FAILED_CHARGES = { status: "FAILED", agreement: { isTest: false } } as const;
export const PENDING_AGREEMENTS = { status: "PENDING", isTest: false } as const;
export const AWAITING_CAPTURE: Prisma.ChargeWhereInput = {
  status: { in: ["RESERVED", "PARTIALLY_CAPTURED"] },
  agreement: { isTest: false },
};
// A Vipps call about a test agreement (the calls keep Vipps's agreement id, not ours).
export const NOT_A_TEST_CALL = Prisma.sql`NOT EXISTS (SELECT 1 FROM "Agreement" ta WHERE ta."vippsAgreementId" = "VippsCall"."agreementId" AND ta."isTest")`;
// A Vipps call made for one of the merchant's sales units (calls carry the sales unit, not the merchant).
export const callOfMerchant = (ctx: TServerContext) =>
  Prisma.sql`"VippsCall"."salesUnitId" IN (SELECT su.id FROM "SalesUnit" su WHERE su."merchantId" = ${ctx.merchantId})`;

/**
 * The support work lists (shown on /support/work and exported as CSV), `limit` rows each, of
 * ctx.merchantId, with titles, column labels and words in ctx.locale. Failed jobs link to the
 * System page only for an admin (ctx.actor).
 */
export const listWorkList = async (
  ctx: TServerContext,
  list: TWorkListName,
  limit = 100,
): Promise<TWorkList> => {
  switch (list) {
    case "failed-charges":
      return failedCharges(ctx, limit);
    case "awaiting-capture":
      return awaitingCapture(ctx, limit);
    case "pending-agreements":
      return pendingAgreements(ctx, limit);
    case "vipps-errors":
      return vippsErrors(ctx, limit);
    case "failed-jobs":
      return failedJobs(ctx, limit, ctx.actor.type === "STAFF" && ctx.actor.role === "ADMIN");
  }
};

async function failedCharges(ctx: TServerContext, limit: number): Promise<TWorkList> {
  const rows = await db.charge.findMany({
    where: { AND: [FAILED_CHARGES, { agreement: { merchantId: ctx.merchantId } }] },
    orderBy: [{ due: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      orderId: true,
      amount: true,
      currency: true,
      due: true,
      failureReason: true,
      failureDescription: true,
      customer: { select: { name: true, email: true } },
      agreement: { select: { productName: true } },
    },
  });
  const m = words(ctx).failedCharges;
  return {
    list: "failed-charges",
    title: m.title,
    description: m.description,
    columns: cols(ctx, "orderId", "customer", "product", "amount", "due", "reason", "detail"),
    rows: rows.map((c) => ({
      id: c.id,
      href: `/support/charges/${c.id}`,
      cells: {
        orderId: c.orderId,
        customer: who(c.customer),
        product: c.agreement.productName,
        amount: formatMoney(c.amount, c.currency),
        due: isoDay(c.due) ?? "",
        reason: failureReasonForStaff(c.failureReason, ctx.locale) ?? "",
        detail: c.failureDescription ?? "",
      },
    })),
  };
}

type TReserved = {
  id: string;
  orderId: string;
  amount: number;
  capturedAmount: number;
  cancelledAmount: number;
  currency: string;
  captureDeadline: Date | null;
  status: string;
  name: string | null;
  email: string | null;
  productName: string;
};

async function awaitingCapture(ctx: TServerContext, limit: number): Promise<TWorkList> {
  // The predicate matches the partial index charge_awaiting_capture (prisma/sql/003_support_work_lists.sql).
  const rows = await db.$queryRaw<TReserved[]>`
    SELECT c.id, c."orderId", c.amount, c."capturedAmount", c."cancelledAmount", c.currency::text AS currency, c."captureDeadline", c.status::text AS status,
           cu.name, cu.email, a."productName"
    FROM "Charge" c JOIN "Agreement" a ON a.id = c."agreementId" LEFT JOIN "Customer" cu ON cu.id = c."customerId"
    WHERE c.status IN ('RESERVED', 'PARTIALLY_CAPTURED') AND NOT a."isTest" AND a."merchantId" = ${ctx.merchantId}
    ORDER BY c."captureDeadline" ASC NULLS LAST, c.id
    LIMIT ${limit}`;
  // The deadline (lib/domain/charge-deadlines.ts, stored when the charge was reserved) may have passed
  // before Abo heard of the release: say so instead of offering a capture Vipps would refuse.
  const at = ctx.now;
  const m = words(ctx).awaitingCapture;
  const statusWords = MESSAGES[ctx.locale].support.status.charge as Record<string, string>;
  return {
    list: "awaiting-capture",
    title: m.title,
    description: m.description,
    columns: cols(ctx, "orderId", "customer", "product", "status", "capturable", "deadline"),
    rows: rows.map((c) => ({
      id: c.id,
      href: `/support/charges/${c.id}`,
      cells: {
        orderId: c.orderId,
        customer: who(c),
        product: c.productName,
        status: inWords(statusWords, c.status),
        capturable: formatMoney(c.amount - c.capturedAmount - c.cancelledAmount, c.currency),
        deadline:
          c.captureDeadline && c.captureDeadline < at
            ? format(m.deadlinePassed, { date: isoDay(c.captureDeadline) ?? "" })
            : (isoDay(c.captureDeadline) ?? ""),
      },
    })),
  };
}

async function pendingAgreements(ctx: TServerContext, limit: number): Promise<TWorkList> {
  const rows = await db.agreement.findMany({
    where: { ...PENDING_AGREEMENTS, merchantId: ctx.merchantId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      vippsAgreementId: true,
      productName: true,
      phoneNumber: true,
      createdAt: true,
      customer: { select: { name: true, email: true } },
    },
  });
  const m = words(ctx).pendingAgreements;
  return {
    list: "pending-agreements",
    title: m.title,
    description: m.description,
    columns: cols(ctx, "agreement", "vippsAgreementId", "customer", "phone", "product", "created"),
    rows: rows.map((a) => ({
      id: a.id,
      href: `/support/agreements/${a.id}`,
      cells: {
        agreement: a.id,
        vippsAgreementId: a.vippsAgreementId ?? m.notSentYet,
        customer: who(a.customer),
        phone: a.phoneNumber ?? "",
        product: a.productName,
        created: time(a.createdAt),
      },
    })),
  };
}

type TErrorCall = {
  id: string;
  createdAt: Date;
  operation: string;
  method: string;
  path: string;
  status: number | null;
  problemType: string | null;
  detail: string | null;
  error: string | null;
  orderId: string | null;
  idempotencyKey: string | null;
  agreementId: string | null;
};

async function vippsErrors(ctx: TServerContext, limit: number): Promise<TWorkList> {
  // The predicate matches the partial index vipps_call_errors.
  const rows = await db.$queryRaw<TErrorCall[]>`
    SELECT id, "createdAt", operation, method, path, status, "problemType", problem->>'detail' AS detail, error, "orderId", "idempotencyKey", "agreementId"
    FROM "VippsCall"
    WHERE (status >= 400 OR error IS NOT NULL)
      AND ${NOT_A_TEST_CALL} AND ${callOfMerchant(ctx)}
    ORDER BY "createdAt" DESC
    LIMIT ${limit}`;
  const agreements = await db.agreement.findMany({
    where: {
      merchantId: ctx.merchantId,
      vippsAgreementId: { in: rows.flatMap((r) => (r.agreementId ? [r.agreementId] : [])) },
    },
    select: { id: true, vippsAgreementId: true },
  });
  const ours = new Map(agreements.map((a) => [a.vippsAgreementId, a.id]));
  const m = words(ctx).vippsErrors;
  return {
    list: "vipps-errors",
    title: m.title,
    description: m.description,
    columns: cols(
      ctx,
      "time",
      "operation",
      "request",
      "status",
      "problem",
      "detail",
      "orderId",
      "idempotencyKey",
    ),
    rows: rows.map((c) => {
      const agreementId = c.agreementId ? ours.get(c.agreementId) : undefined;
      return {
        id: c.id,
        href: agreementId
          ? `/support/agreements/${agreementId}`
          : `/support?q=${encodeURIComponent(c.orderId ?? c.agreementId ?? "")}`,
        cells: {
          time: time(c.createdAt),
          operation: c.operation,
          request: `${c.method} ${c.path}`,
          status: c.status === null ? m.noAnswer : String(c.status),
          problem: c.problemType ?? "",
          detail: c.detail ?? c.error ?? "",
          orderId: c.orderId ?? "",
          idempotencyKey: c.idempotencyKey ?? "",
        },
      };
    }),
  };
}

async function failedJobs(ctx: TServerContext, limit: number, admin: boolean): Promise<TWorkList> {
  const rows = await listFailedJobs(limit);
  const m = words(ctx).failedJobs;
  return {
    list: "failed-jobs",
    title: m.title,
    description: admin ? m.descriptionForAdmin : m.description,
    columns: cols(ctx, "queue", "failed", "attempts", "error", "job"),
    rows: rows.map((j) => ({
      id: j.id,
      href: admin ? "/admin/system" : null,
      cells: {
        queue: j.queue,
        failed: time(j.failedAt),
        attempts: String(j.attempts),
        error: j.message,
        job: j.id,
      },
    })),
  };
}

const words = (ctx: TServerContext) => MESSAGES[ctx.locale].staffText.workList;

/** The columns by key, labelled in ctx.locale (the CSV export asks for English: machine-read). */
function cols(ctx: TServerContext, ...keys: (keyof TWorkListColumns)[]) {
  const labels = words(ctx).columns;
  return keys.map((key) => ({ key, label: labels[key] }));
}

type TWorkListColumns = (typeof MESSAGES)["en"]["staffText"]["workList"]["columns"];
