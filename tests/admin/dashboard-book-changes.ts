// Later changes to the seeded book (dashboard-book.ts), after the worker has folded older days,
// and the raw rows as the oracle reads them.
import { db } from "@/lib/db";
import { periodStart, type TBillingPlan } from "@/lib/domain/billing-calendar";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { at, BOOK_NOW, HOUR, inTurns } from "./dashboard-book";

const DAY = 24 * HOUR;

/** Later changes, after the worker has folded the older days: stops, refunds, price and pause changes, billing. */
export async function changeBook() {
  const active = await db.agreement.findMany({
    where: { id: { startsWith: "book-a" }, status: "ACTIVE", customerId: { not: null } },
    orderBy: { id: "asc" },
  });
  const [s1, s2, s3, p1, p2, pause, bill1, bill2, bill3] = active;
  await inTurns([s1, s2, s3], (a) =>
    db.agreement.update({
      where: { id: a!.id },
      data: { status: "STOPPED", stoppedAt: at(-HOUR), stopCause: "CUSTOMER" },
    }),
  );
  await inTurns([p1, p2], (a) =>
    db.agreement.update({ where: { id: a!.id }, data: { amount: (a!.amount ?? 10_000) + 1_000 } }),
  );
  await db.agreement.update({ where: { id: pause!.id }, data: { pausedUntil: toDateOnly(at(40 * DAY)) } });
  await db.product.update({
    where: { id: "book-flex" },
    data: { campaignIntervalUnit: "MONTH", campaignIntervalCount: 1 },
  });
  // The billing run: the next period planned, the agreement moved on.
  for (const a of [bill1, bill2, bill3]) {
    if (!a?.billingAnchor || !a.intervalUnit) continue;
    const plan: TBillingPlan = {
      anchor: a.billingAnchor,
      interval: { unit: a.intervalUnit, count: a.intervalCount! },
    };
    const k = a.nextPeriodIndex;
    await db.$transaction([
      db.charge.upsert({
        where: { agreementId_periodIndex: { agreementId: a.id, periodIndex: k } },
        update: {},
        create: {
          id: `book-n${a.id}`,
          agreementId: a.id,
          customerId: a.customerId,
          orderId: `book-next-${a.id}`,
          idempotencyKey: `book-next-${a.id}`,
          type: "RECURRING",
          status: "PENDING",
          sendState: "PLANNED",
          transactionType: "DIRECT_CAPTURE",
          amount: a.amount ?? 10_000,
          currency: a.currency,
          description: "Next",
          due: periodStart(plan, k),
          periodIndex: k,
          retryDays: 3,
        },
      }),
      db.agreement.update({
        where: { id: a.id },
        data: { nextPeriodIndex: k + 1, nextChargeDate: periodStart(plan, k + 1) },
      }),
    ]);
  }
  // Refunds today; a variable agreement charged a new amount; a failed charge removed.
  const paid = await db.charge.findMany({
    where: { id: { startsWith: "book-h" }, status: "CHARGED" },
    orderBy: { id: "asc" },
    take: 2,
  });
  await inTurns(paid, (c) =>
    db.charge.update({
      where: { id: c.id },
      data: {
        status: "REFUNDED",
        refundedAmount: c.amount,
        history: [
          ...((c.history as object[]) ?? []),
          { occurred: at(-2 * HOUR).toISOString(), event: "REFUND", amount: c.amount, success: true },
        ],
      },
    }),
  );
  const variable = await db.charge.findFirst({
    where: {
      id: { startsWith: "book-h" },
      status: "PENDING",
      agreement: { pricingType: "VARIABLE", status: "ACTIVE" },
    },
    orderBy: { id: "asc" },
  });
  if (variable)
    await db.charge.update({
      where: { id: variable.id },
      data: {
        status: "CHARGED",
        amount: 33_300,
        history: [{ occurred: at(-HOUR).toISOString(), event: "CAPTURE", amount: 33_300, success: true }],
      },
    });
  const failed = await db.charge.findFirst({
    where: { id: { startsWith: "book-h" }, status: "FAILED" },
    orderBy: { id: "desc" },
  });
  if (failed) await db.charge.delete({ where: { id: failed.id } });
  // A sign-up today.
  await db.agreement.create({
    data: {
      id: "book-today",
      merchantId: (await db.merchant.findFirstOrThrow()).id,
      salesUnitId: "book-dk",
      customerId: "book-c7",
      status: "ACTIVE",
      market: "DK",
      currency: "DKK",
      pricingType: "LEGACY",
      amount: 12_300,
      intervalUnit: "MONTH",
      intervalCount: 1,
      productName: "Today",
      transactionType: "DIRECT_CAPTURE",
      retryDays: 3,
      externalId: "book-today",
      returnToken: "book-rt-today",
      draftIdempotencyKey: "book-dk-today",
      activatedAt: at(-3 * HOUR),
      billingAnchor: toDateOnly(BOOK_NOW),
      nextPeriodIndex: 1,
      nextChargeDate: toDateOnly(addDays(BOOK_NOW, 31)),
    },
  });
}
