// A seeded book for the dashboard rollup test: ~90 agreements in three currencies and both
// environments (LEGACY with every campaign type, VARIABLE, FLEXIBLE; paused, stopped, expired,
// pending, held sign-ups, go-live test agreements) and their charges (decided, recovered, refunded
// with and without Vipps's history, open, rejected, initial, unscheduled). It is written the way
// Abo writes: rows inserted, then moved by later updates, several at a time, so the database's
// triggers see every kind of change. Dates are relative to BOOK_NOW, never to today.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodStart, type TBillingPlan } from "@/lib/domain/billing-calendar";
import { toDateOnly } from "@/lib/domain/periods";

export const BOOK_NOW = new Date("2030-06-15T10:30:00Z");
export const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type TUnit = "DAY" | "WEEK" | "MONTH" | "YEAR";
type TRow = Record<string, unknown>;

/** mulberry32: the same book on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

export const at = (ms: number) => new Date(BOOK_NOW.getTime() + ms);
const history = (...events: [Date, string, number, boolean][]) =>
  events.map(([when, event, amount, success]) => ({ occurred: when.toISOString(), event, amount, success }));

export async function seedBook(seed = 20301506) {
  const r = random(seed);
  const merchant =
    (await db.merchant.findFirst()) ?? (await db.merchant.create({ data: { name: "Bokhandel" } }));
  const unit = (
    id: string,
    environment: "TEST" | "PRODUCTION",
    market: "NO" | "DK" | "FI",
    currency: "NOK" | "DKK" | "EUR",
  ) =>
    db.salesUnit.create({
      data: {
        id,
        merchantId: merchant.id,
        name: id,
        environment,
        market,
        currency,
        msn: `${id}-msn`,
        baseUrl: "http://127.0.0.1:9",
        clientIdEnc: "x",
        clientSecretEnc: "x",
        subscriptionKeyEnc: "x",
        subscriptionKeyHint: "••••",
      },
    });
  await unit("book-no", "TEST", "NO", "NOK");
  await unit("book-dk", "TEST", "DK", "DKK");
  await unit("book-fi", "TEST", "FI", "EUR");
  await unit("book-prod", "PRODUCTION", "NO", "NOK");
  const product = (id: string, extra: TRow = {}) =>
    db.product.create({
      data: { id, merchantId: merchant.id, slug: id, name: id, status: "LIVE", ...extra },
    });
  await product("book-plain");
  await product("book-flex", { campaignIntervalUnit: "WEEK", campaignIntervalCount: 1 });
  await db.customer.createMany({
    data: Array.from({ length: 40 }, (_, n) => ({
      id: `book-c${n}`,
      merchantId: merchant.id,
      email: `c${n}@book.example`,
    })),
  });

  const agreements: TRow[] = [];
  const charges: TRow[] = [];
  /** Agreements inserted as sign-ups and activated (and maybe stopped) by a later update. */
  const activateLater: TRow[] = [];
  /** Charges inserted as PENDING and decided by a later update. */
  const decideLater: TRow[] = [];
  const bindLater: string[] = [];
  for (let i = 0; i < 90; i++) {
    const [salesUnitId, market, currency] =
      i % 17 === 0
        ? ["book-prod", "NO", "NOK"]
        : (
            [
              ["book-no", "NO", "NOK"],
              ["book-dk", "DK", "DKK"],
              ["book-fi", "FI", "EUR"],
            ] as const
          )[i % 3]!;
    const held = i % 11 === 0;
    const isTest = i % 29 === 5;
    const customerId = held || isTest ? null : `book-c${i % 40}`;
    if (held && i % 22 === 0) bindLater.push(`book-a${i}`);
    const pricingType = [0, 1].includes(i % 7) ? "VARIABLE" : i % 7 === 2 ? "FLEXIBLE" : "LEGACY";
    const [intervalUnit, intervalCount] =
      pricingType === "FLEXIBLE" && i % 2 === 0
        ? [null, null]
        : r.pick<[TUnit, number]>([
            ["MONTH", 1],
            ["MONTH", 1],
            ["WEEK", 2],
            ["YEAR", 1],
            ["DAY", 7],
            ["MONTH", 3],
          ]);
    const activatedAt = i % 12 === 11 ? null : at(-r.int(0, 700) * DAY - r.int(0, 86_399) * 1000);
    const stopped = activatedAt && r.next() < 0.25;
    const status = !activatedAt
      ? i % 24 === 23
        ? "EXPIRED"
        : "PENDING"
      : stopped
        ? i % 9 === 4
          ? "EXPIRED"
          : "STOPPED"
        : "ACTIVE";
    // A few stopped agreements have no stoppedAt: they count as ended at their last update.
    const stopTime = stopped
      ? new Date(activatedAt.getTime() + r.next() * (BOOK_NOW.getTime() - activatedAt.getTime()))
      : null;
    const stoppedAt = stopped && i % 10 !== 3 ? stopTime : null;
    const amount =
      pricingType === "FLEXIBLE"
        ? null
        : pricingType === "VARIABLE"
          ? r.int(200, 600) * 100
          : r.int(99, 499) * 100;
    const a: TRow = {
      id: `book-a${i}`,
      merchantId: merchant.id,
      salesUnitId,
      customerId,
      isTest,
      status,
      market,
      currency,
      pricingType,
      amount,
      suggestedMaxAmount: pricingType === "VARIABLE" ? amount : null,
      maxAmount: pricingType === "VARIABLE" && i % 3 === 0 ? amount! - 5_000 : null,
      intervalUnit,
      intervalCount,
      productId: i % 4 === 0 && (i / 4) % 4 === 3 ? "book-flex" : "book-plain",
      productName: `Book ${i}`,
      transactionType: "DIRECT_CAPTURE",
      retryDays: 3,
      externalId: `book-a${i}`,
      returnToken: `book-rt${i}`,
      draftIdempotencyKey: `book-dk${i}`,
      activatedAt,
      stoppedAt,
      stopCause: stopped ? r.pick(["CUSTOMER", "USER_IN_APP", "FAILED_PAYMENT", "STAFF"]) : null,
      createdAt: activatedAt ?? at(-r.int(1, 30) * DAY),
      // Abo's clock, not this machine's: a stop without stoppedAt is dated by the last update.
      updatedAt: stopTime ?? BOOK_NOW,
    };
    if (pricingType === "LEGACY" && activatedAt && i % 4 === 0) {
      const kind = ["PRICE_CAMPAIGN", "PERIOD_CAMPAIGN", "EVENT_CAMPAIGN", "FULL_FLEX_CAMPAIGN"][
        (i / 4) % 4
      ]!;
      a.campaignType = kind;
      a.campaignPrice = r.int(10, 90) * 100;
      // Campaigns ending long ago, soon, later today and earlier today.
      const end = r.pick([at(-200 * DAY), at(r.int(-40, 40) * DAY), at(2 * HOUR), at(-2 * HOUR)]);
      if (kind === "PRICE_CAMPAIGN" || kind === "FULL_FLEX_CAMPAIGN") a.campaignEnd = end;
      if (kind === "EVENT_CAMPAIGN") a.campaignEventDate = end;
      if (kind === "PERIOD_CAMPAIGN")
        Object.assign(
          a,
          r.pick([
            { campaignPeriodUnit: "DAY", campaignPeriodCount: 14 },
            { campaignPeriodUnit: "MONTH", campaignPeriodCount: 2 },
          ]),
        );
      if (i % 8 === 0) a.campaignEndPeriod = 2;
    }
    let elapsed = 0;
    if (activatedAt && intervalUnit && pricingType !== "FLEXIBLE") {
      const plan: TBillingPlan = {
        anchor: toDateOnly(activatedAt),
        interval: { unit: intervalUnit, count: intervalCount! },
      };
      while (periodStart(plan, elapsed + 1) <= BOOK_NOW && elapsed < 400) elapsed++;
      const next = status === "ACTIVE" ? elapsed + (i % 6 === 0 ? 0 : 1) : elapsed + 1;
      Object.assign(a, {
        billingAnchor: plan.anchor,
        nextPeriodIndex: next,
        nextChargeDate: periodStart(plan, next),
      });
      if (status === "ACTIVE" && i % 13 === 3) a.pausedUntil = toDateOnly(at(20 * DAY));
      if (status === "ACTIVE" && i % 13 === 7) a.stopAt = at(10 * DAY);
      const end = (a.stoppedAt as Date | null) ?? BOOK_NOW;
      for (let k = Math.max(0, elapsed - 14); k <= Math.min(elapsed, next); k++) {
        const due = periodStart(plan, k);
        if (due > end) break;
        const price = pricingType === "VARIABLE" ? r.int(100, amount! / 100) * 100 : amount!;
        const c: TRow = {
          id: `book-h${i}_${k}`,
          agreementId: a.id,
          customerId,
          orderId: `book-${i}-${k}`,
          idempotencyKey: `book-key-${i}-${k}`,
          type: "RECURRING",
          sendState: "SENT",
          transactionType: "DIRECT_CAPTURE",
          amount: price,
          currency,
          description: "Book",
          due,
          periodIndex: k,
          retryDays: 3,
          createdAt: new Date(due.getTime() - 3 * DAY),
        };
        const paid = new Date(due.getTime() + (r.next() < 0.15 ? 2 * DAY + 3 * HOUR : 6 * HOUR));
        const roll = r.next();
        if (due.getTime() > BOOK_NOW.getTime() - 3 * DAY)
          Object.assign(c, {
            status: r.pick(["PENDING", "DUE"]),
            sendState: i % 19 === 1 ? "REJECTED" : "SENT",
          });
        else if (roll < 0.5)
          Object.assign(c, {
            status: "CHARGED",
            capturedAmount: price,
            history: history([paid, "CAPTURE", price, true]),
          });
        else if (roll < 0.62)
          Object.assign(c, {
            status: "FAILED",
            history: history([new Date(due.getTime() + 6 * HOUR), "CAPTURE", price, false]),
          });
        else if (roll < 0.7) {
          const refundedAt = new Date(paid.getTime() + r.int(1, 20) * DAY);
          Object.assign(c, {
            status: "REFUNDED",
            capturedAmount: price,
            refundedAmount: price,
            history: history([paid, "CAPTURE", price, true], [refundedAt, "REFUND", price, true]),
          });
        } else if (roll < 0.78) {
          const part = Math.floor(price / 3);
          // Two partial refunds; or, for some, a refund Abo knows only by its amount (no history yet).
          Object.assign(
            c,
            i % 5 === 2
              ? { status: "PARTIALLY_REFUNDED", capturedAmount: price, refundedAmount: part }
              : {
                  status: "PARTIALLY_REFUNDED",
                  capturedAmount: price,
                  refundedAmount: 2 * part,
                  history: history(
                    [paid, "CAPTURE", price, true],
                    [new Date(paid.getTime() + 2 * DAY), "REFUND", part, true],
                    [new Date(paid.getTime() + 9 * DAY), "REFUND", part, true],
                    [new Date(paid.getTime() + 10 * DAY), "REFUND", part, false],
                  ),
                },
          );
        } else if (roll < 0.85) Object.assign(c, { status: "CANCELLED" });
        else if (roll < 0.9)
          Object.assign(c, { status: "RESERVED", history: history([paid, "RESERVE", price, true]) });
        else
          Object.assign(c, {
            status: "CHARGED",
            capturedAmount: price,
            history: history([new Date(due.getTime() + 3 * DAY), "CAPTURE", price, true]),
          });
        if (k % 2 === 1 && c.status !== "PENDING" && c.status !== "DUE") decideLater.push(c);
        charges.push(c);
      }
    }
    if (activatedAt && i % 3 === 1) {
      const refunded = i % 6 === 1;
      charges.push({
        id: `book-i${i}`,
        agreementId: a.id,
        customerId,
        orderId: `book-${i}-initial`,
        idempotencyKey: `book-key-${i}-initial`,
        type: "INITIAL",
        status: refunded ? "REFUNDED" : "CHARGED",
        sendState: "SENT",
        transactionType: "DIRECT_CAPTURE",
        amount: 4_900,
        currency,
        description: "Start",
        capturedAmount: 4_900,
        refundedAmount: refunded ? 4_900 : 0,
        createdAt: activatedAt,
        history: history(
          [activatedAt, "CAPTURE", 4_900, true],
          ...(refunded
            ? [[at(-r.int(0, 90) * DAY), "REFUND", 4_900, true] as [Date, string, number, boolean]]
            : []),
        ),
      });
    }
    if (activatedAt && market === "NO" && i % 5 === 0) {
      const created = new Date(
        activatedAt.getTime() + r.next() * (BOOK_NOW.getTime() - activatedAt.getTime()),
      );
      charges.push({
        id: `book-u${i}`,
        agreementId: a.id,
        customerId,
        orderId: `book-${i}-extra`,
        idempotencyKey: `book-key-${i}-extra`,
        type: "UNSCHEDULED",
        status: i % 10 === 0 ? "FAILED" : "CHARGED",
        sendState: "SENT",
        transactionType: "DIRECT_CAPTURE",
        amount: 15_000,
        currency,
        description: "Extra",
        capturedAmount: i % 10 === 0 ? 0 : 15_000,
        createdAt: created,
        due: toDateOnly(created),
        history: history([new Date(created.getTime() + 3 * DAY), "CAPTURE", 15_000, i % 10 !== 0]),
      });
    }
    if (activatedAt && i % 5 === 1) activateLater.push({ ...a });
    agreements.push(a);
  }

  // Inserted as Abo first writes them: sign-ups not yet active, charges not yet decided.
  const later = new Set(activateLater.map((a) => a.id));
  await db.agreement.createMany({
    data: agreements.map((a) =>
      later.has(a.id) ? { ...a, status: "PENDING", activatedAt: null, stoppedAt: null, stopCause: null } : a,
    ) as never,
  });
  await db.charge.createMany({
    data: charges.map((c) =>
      decideLater.includes(c)
        ? { ...c, status: "PENDING", history: Prisma.DbNull, refundedAmount: 0, capturedAmount: 0 }
        : c,
    ) as never,
  });
  // Then moved, several transactions at once (as webhooks and the worker do).
  await inTurns(activateLater, (a) =>
    db.agreement.update({
      where: { id: a.id as string },
      data: {
        status: a.status,
        activatedAt: a.activatedAt,
        stoppedAt: a.stoppedAt,
        stopCause: a.stopCause,
        updatedAt: a.updatedAt,
      } as never,
    }),
  );
  await inTurns(decideLater, (c) =>
    db.charge.update({
      where: { id: c.id as string },
      data: {
        status: c.status,
        history: c.history ?? Prisma.DbNull,
        refundedAmount: c.refundedAmount ?? 0,
        capturedAmount: c.capturedAmount ?? 0,
      } as never,
    }),
  );
  for (const id of bindLater)
    await db.$transaction([
      db.agreement.update({ where: { id }, data: { customerId: "book-c39" } }),
      db.charge.updateMany({ where: { agreementId: id }, data: { customerId: "book-c39" } }),
    ]);
}

/** Runs the changes four at a time, so concurrent transactions touch the same customers. */
export async function inTurns<T>(items: T[], change: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += 4) await Promise.all(items.slice(i, i + 4).map(change));
}
