// The customers, support and the admin acting at random through Abo's server-side entry points:
// the functions in lib/server/** that the storefront's, account pages' and staff consoles' server
// actions call (the action wrappers add only the session, input parsing and revalidation).
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import { getProductForEdit } from "@/lib/server/admin/get-product-for-edit";
import { saveProduct } from "@/lib/server/admin/save-product";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { changeAmount } from "@/lib/server/customer-portal/change-amount";
import { changePlan } from "@/lib/server/customer-portal/change-plan";
import { getReturnStatus } from "@/lib/server/customer-portal/get-return-status";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { resumeSubscription } from "@/lib/server/customer-portal/resume-subscription";
import { startSubscription } from "@/lib/server/customer-portal/start-subscription";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";
import { testContext } from "../shared/server-context";
import { count, remember, type TSoakContext } from "./context";
import type { TCustomer } from "./world";
import { customerContext } from "../shared/customer-context";

const STAFF = { type: "STAFF", id: "soak-admin", email: "admin@soak.example", role: "ADMIN" } as const;

/** The kind of action, without its amounts, dates and ids (the report's counters). */
const label = (name: string) => name.replace(/ \S*\d.*$/, "");

/** Runs one entry-point call; an AppError is a refusal the user would see, anything else is a bug. */
async function attempt(
  ctx: TSoakContext,
  name: string,
  call: () => Promise<unknown>,
  agreementId?: string,
): Promise<boolean> {
  try {
    await call();
    count(ctx, `action ${label(name)}`);
    if (agreementId) remember(ctx, agreementId, name);
    return true;
  } catch (error) {
    if (error instanceof AppError) {
      count(ctx, `refused ${label(name)} (${error.code})`);
      if (agreementId) remember(ctx, agreementId, `${name} refused (${error.code})`);
      return false;
    }
    ctx.unexpected.push(`${ctx.today} ${name}: ${error instanceof Error ? error.stack : String(error)}`);
    return false;
  }
}

async function signUp(ctx: TSoakContext, customer: TCustomer): Promise<void> {
  const ok = await attempt(ctx, "sign-up", async () =>
    startSubscription(await testContext(), {
      slug: ctx.world.slugs[customer.product],
      market: "NO",
      email: customer.email,
      phone: customer.phone,
      locale: "nb",
      termsAccepted: true,
      clientIp: `10.77.${customer.n >> 8}.${customer.n & 255}`,
      // A variable price asks for the amount at sign-up (at most the product's cap); others ignore it.
      amount: 20_000,
    }),
  );
  if (!ok) {
    customer.signUpDay++; // tries again tomorrow
    return;
  }
  const agreement = await db.agreement.findFirstOrThrow({
    where: { customer: { email: customer.email } },
    orderBy: { createdAt: "desc" },
  });
  customer.agreementId = agreement.id;
  remember(ctx, agreement.id, `sign-up (${customer.product}, ${customer.phone}, ${customer.outcome})`);
  customer.customerId = agreement.customerId!;
  // The user's side at the emulator's landing page; "expire" leaves it until Vipps gives up.
  if (customer.outcome === "approve") await ctx.emulator.approve(agreement.vippsAgreementId!, customer.phone);
  if (customer.outcome === "reject") await ctx.emulator.reject(agreement.vippsAgreementId!);
  // The browser comes back to the return page, which asks Vipps for the outcome.
  if (customer.outcome !== "expire")
    await attempt(ctx, "return page", async () =>
      getReturnStatus(await testContext(), { token: agreement.returnToken }),
    );
  count(ctx, `sign-up ${customer.outcome}`);
}

async function customerActs(ctx: TSoakContext, customer: TCustomer): Promise<void> {
  const agreement = await db.agreement.findUnique({ where: { id: customer.agreementId! } });
  if (agreement?.status !== "ACTIVE") return;
  const who = () =>
    customerContext(customer.customerId!, { id: `soak-user-${customer.n}`, email: customer.email });
  const agreementId = agreement.id;
  const roll = ctx.rng.next();
  if (agreement.pausedUntil && roll < 0.5) {
    await attempt(ctx, "resume", async () => resumeSubscription(await who(), { agreementId }), agreementId);
    const open = ctx.pauses.findLast((p) => p.agreementId === agreementId);
    if (open && open.until > ctx.today) open.until = ctx.today;
  } else if (roll < 0.25) {
    const until = addDays(new Date(`${ctx.today}T00:00:00Z`), ctx.rng.int(5, 45))
      .toISOString()
      .slice(0, 10);
    if (
      await attempt(
        ctx,
        `pause until ${until}`,
        async () => pauseSubscription(await who(), { agreementId, until }),
        agreementId,
      )
    )
      ctx.pauses.push({ agreementId, from: ctx.today, until });
  } else if (roll < 0.45 && (customer.product === "basis" || customer.product === "pluss")) {
    const to = agreement.productId === ctx.world.productIds.basis ? "pluss" : "basis";
    await attempt(
      ctx,
      "change plan",
      async () => changePlan(await who(), { agreementId, productSlug: ctx.world.slugs[to] }),
      agreementId,
    );
  } else if (roll < 0.45 && customer.product === "variabel") {
    const amount = ctx.rng.int(50, 300) * 100;
    await attempt(
      ctx,
      `change amount to ${amount}`,
      async () => changeAmount(await who(), { agreementId, amount }),
      agreementId,
    );
  } else if (roll < 0.65) {
    await attempt(
      ctx,
      "stop at period end",
      async () => stopSubscription(await who(), { agreementId, when: "PERIOD_END" }),
      agreementId,
    );
  } else if (roll < 0.8) {
    await attempt(
      ctx,
      "stop now",
      async () => stopSubscription(await who(), { agreementId, when: "NOW" }),
      agreementId,
    );
  } else {
    await ctx.emulator.userStop(agreement.vippsAgreementId!);
    count(ctx, "action stop in the Vipps app");
    remember(ctx, agreementId, "stop in the Vipps app");
  }
}

/** Support staff refund, capture or cancel a few charges a day. */
async function supportActs(ctx: TSoakContext): Promise<void> {
  const candidates = await db.charge.findMany({
    where: { sendState: "SENT", status: { in: ["CHARGED", "RESERVED", "PARTIALLY_REFUNDED", "DUE"] } },
    select: {
      id: true,
      agreementId: true,
      status: true,
      capturedAmount: true,
      refundedAmount: true,
      amount: true,
    },
    orderBy: { orderId: "asc" },
  });
  for (const charge of candidates) {
    if (!ctx.rng.chance(0.02)) continue;
    const left = charge.capturedAmount - charge.refundedAmount;
    if ((charge.status === "CHARGED" || charge.status === "PARTIALLY_REFUNDED") && left > 0) {
      const amount = ctx.rng.chance(0.5) ? left : ctx.rng.int(1, left);
      await attempt(
        ctx,
        `refund ${amount} of ${charge.id}`,
        async () =>
          refundCharge(await testContext({ actor: STAFF }), {
            chargeId: charge.id,
            amount,
            description: "Refusjon fra kundeservice",
          }),
        charge.agreementId,
      );
    } else if (charge.status === "RESERVED" && ctx.rng.chance(0.7)) {
      const amount = ctx.rng.chance(0.6) ? charge.amount : ctx.rng.int(1, charge.amount);
      await attempt(
        ctx,
        `capture ${amount} of ${charge.id}`,
        async () => captureCharge(await testContext({ actor: STAFF }), { chargeId: charge.id, amount }),
        charge.agreementId,
      );
    } else if (charge.status === "RESERVED" || charge.status === "DUE") {
      await attempt(
        ctx,
        `cancel ${charge.id}`,
        async () => cancelCharge(await testContext({ actor: STAFF }), { chargeId: charge.id }),
        charge.agreementId,
      );
    }
  }
}

/** Now and then the admin changes a plan's price (new sign-ups only; signed agreements keep theirs). */
async function adminActs(ctx: TSoakContext): Promise<void> {
  if (!ctx.rng.chance(1 / 15)) return;
  const key = ctx.rng.pick(["basis", "uke"] as const);
  const admin = await testContext({ actor: STAFF });
  const edit = await getProductForEdit(admin, ctx.world.productIds[key]);
  const price = edit.form.prices.NO;
  const stored = await db.productPrice.findFirstOrThrow({ where: { productId: edit.id, market: "NO" } });
  const amount = Math.max(1_000, stored.amount! + ctx.rng.pick([-1_000, 1_000, 2_000]));
  const form = {
    ...edit.form,
    prices: { ...edit.form.prices, NO: { ...price, amount: String(amount / 100) } },
  };
  await attempt(ctx, "admin price change", () => saveProduct(admin, { productId: edit.id, form }));
}

/** One simulated day's actions, in a seeded order. */
export async function actForDay(ctx: TSoakContext, day: number): Promise<void> {
  for (const customer of ctx.customers) {
    if (!customer.agreementId && customer.signUpDay === day) await signUp(ctx, customer);
    else if (customer.agreementId && ctx.rng.chance(0.03)) await customerActs(ctx, customer);
  }
  await supportActs(ctx);
  await adminActs(ctx);
}
