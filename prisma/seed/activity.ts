// Demo activity for `npm start`: customers with agreements and charges in every state, made
// through Abo's real flows against the running emulator. Three months of history are replayed on
// the emulator's clock (moved back, then forward in steps while Abo's scheduler plans and sends as
// it would have), then staff actions (captures, refunds, a stop) and an in-app stop happen today.
// Only against the local emulator, whose control API (/_emulator) plays the users and the clock.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { addDays, addInterval, toDateOnly } from "@/lib/domain/periods";
import { logger } from "@/lib/logger";
import type { TActor } from "@/lib/server/actor";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { confirmSignUpClaim } from "@/lib/server/sign-up-claims/confirm-sign-up-claim";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { planDueCharges } from "@/lib/server/billing/plan-due-charges";
import { sendPlannedCharges } from "@/lib/server/billing/send-planned-charges";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { captureOnFulfilment } from "@/lib/server/charges/capture-on-fulfilment";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { buildContext, systemContext } from "@/lib/server/context/build-context";
import { asActor } from "@/lib/server/context/server-context";

type TMarket = "NO" | "DK" | "FI";
type TPerson = {
  key: string;
  name: string;
  email: string;
  phone: string;
  market: TMarket;
  locale: string;
  product: string;
  maxAmount?: number;
  daysAgo?: number;
  outcome?: "approve" | "pending";
};

// Emulator test users (emulator/README.md) decide the outcomes: 4790000001 is always declined,
// 4790000002 pays after three days, 4790000003 is under 18, 4790000004's initial charge fails.
const PEOPLE: TPerson[] = [
  {
    key: "kari-coffee",
    name: "Kari Nordmann",
    email: "kari@example.no",
    phone: "4712345678",
    market: "NO",
    locale: "nb",
    product: "kaffeabonnement",
  },
  {
    key: "kari-plus",
    name: "Kari Nordmann",
    email: "kari@example.no",
    phone: "4712345678",
    market: "NO",
    locale: "nb",
    product: "fjordkaffe-pluss",
  },
  {
    key: "kari-support",
    name: "Kari Nordmann",
    email: "kari@example.no",
    phone: "4712345678",
    market: "NO",
    locale: "nb",
    product: "stottemedlem",
    maxAmount: 15_000,
  },
  {
    key: "ola",
    name: "Ola Nordmann",
    email: "ola@example.no",
    phone: "4798765401",
    market: "NO",
    locale: "nb",
    product: "fjordkaffe-pluss",
  },
  {
    key: "per",
    name: "Per Hansen",
    email: "per.hansen@example.no",
    phone: "4790000001",
    market: "NO",
    locale: "nb",
    product: "fjordkaffe-pluss",
  },
  {
    key: "tone",
    name: "Tone Berg",
    email: "tone.berg@example.no",
    phone: "4790000002",
    market: "NO",
    locale: "en",
    product: "fjordkaffe-pluss",
  },
  {
    key: "jonas",
    name: "Jonas Lie",
    email: "jonas.lie@example.no",
    phone: "4790000003",
    market: "NO",
    locale: "nb",
    product: "fjordkaffe-pluss",
  },
  {
    key: "silje",
    name: "Silje Moe",
    email: "silje.moe@example.no",
    phone: "4790000004",
    market: "NO",
    locale: "nb",
    product: "kaffeabonnement",
  },
  {
    key: "aino",
    name: "Aino Virtanen",
    email: "aino@example.fi",
    phone: "358401234567",
    market: "FI",
    locale: "fi",
    product: "fjordkaffe-pluss",
  },
  {
    key: "mette",
    name: "Mette Hansen",
    email: "mette@example.dk",
    phone: "4512345678",
    market: "DK",
    locale: "da",
    product: "kaffeabonnement",
    daysAgo: 10,
  },
  {
    key: "anne",
    name: "Anne Lund",
    email: "anne.lund@example.no",
    phone: "4798765403",
    market: "NO",
    locale: "nb",
    product: "stottemedlem",
    daysAgo: 0,
    outcome: "pending",
  },
];

const STEP_DAYS = 3;

export async function seedActivity(): Promise<string> {
  const base = env().VIPPS_BASE_URL;
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}/_emulator${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const clock = async () => new Date((await control<{ now: string }>("GET", "/clock")).now);
  const support = await db.user.findUniqueOrThrow({ where: { email: "support@abo.test" } });
  const staff: TActor = { type: "STAFF", id: support.id, email: support.email, role: "SUPPORT" };
  // A context per call: the replay moves Abo's clock between them.
  const system = () => systemContext();
  const products = new Map(
    (await db.product.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]),
  );
  const agreements = new Map<string, string>();

  const claimToken = async (email: string) => {
    const mail = await db.email.findFirstOrThrow({
      where: { to: email, kind: "sign-up-claim" },
      orderBy: { createdAt: "desc" },
    });
    return /\/subscribe\/claim\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  };

  const signUp = async (person: TPerson) => {
    const { agreementId } = await startSignUp(await system(), {
      productId: products.get(person.product)!,
      market: person.market,
      email: person.email,
      phone: person.phone,
      name: person.name,
      locale: person.locale,
      termsAccepted: true,
      // VARIABLE products: the amount the person chooses, within the limit they then approve.
      ...(person.maxAmount ? { amount: person.maxAmount } : {}),
    });
    agreements.set(person.key, agreementId);
    // Kari's second and third sign-ups use the address of her existing account: they are held until
    // she follows the link mailed to it (a typed email proves nothing), as she does here.
    const held = await db.agreement.findUniqueOrThrow({
      where: { id: agreementId },
      select: { customerId: true },
    });
    if (!held.customerId) await confirmSignUpClaim(await system(), { token: await claimToken(person.email) });
    if (person.outcome === "pending") return;
    const { vippsAgreementId } = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    await control("POST", `/agreements/${vippsAgreementId}/approve`, {
      phoneNumber: person.phone,
      ...(person.maxAmount ? { maxAmount: person.maxAmount } : {}),
    });
    await refreshAgreement(await system(), agreementId, "refresh");
  };

  // Three months back, one day short, so that each monthly agreement's next period starts tomorrow.
  const today = await clock();
  const seedStarted = Date.now();
  const start = new Date(
    addDays(addInterval(toDateOnly(today), { unit: "MONTH", count: 1 }, -3), 1).getTime() +
      (today.getTime() % 86_400_000),
  );
  await control("POST", "/clock", { now: start.toISOString() });
  try {
    const later = PEOPLE.filter((p) => p.daysAgo !== undefined);
    for (const person of PEOPLE.filter((p) => p.daysAgo === undefined)) await signUp(person);
    // Steps of STEP_DAYS, the last one shorter so that planning always runs once at today itself:
    // whatever the date, tomorrow's periods are planned (DUE) as the scheduler would have them.
    for (let at = start; ;) {
      for (const person of later.filter(
        (p) => p.daysAgo! > 0 && !agreements.has(p.key) && at >= addDays(today, -p.daysAgo!),
      ))
        await signUp(person);
      await planDueCharges({ at });
      await sendPlannedCharges({ at, lanes: 1 });
      if (at >= today) break;
      const next = new Date(Math.min(addDays(at, STEP_DAYS).getTime(), today.getTime()));
      await control("POST", "/clock", { now: next.toISOString() });
      at = await clock();
    }
  } finally {
    // Back to the clock the seed found (plus the time the seed took), not to the machine's.
    await control("POST", "/clock", {
      now: new Date(today.getTime() + (Date.now() - seedStarted)).toISOString(),
    });
  }
  for (const id of agreements.values()) {
    await refreshAgreement(await system(), id, "refresh");
    await syncAgreementCharges(await systemContext(), id, "refresh");
  }

  // Today: a shipment captured, one captured in part, goodwill refunds, a stop by support, a stop in the app.
  const charge = async (key: string, periodIndex: number | null) =>
    db.charge.findFirstOrThrow({
      where: {
        agreementId: agreements.get(key)!,
        ...(periodIndex === null ? { type: "INITIAL" } : { periodIndex }),
      },
    });
  const staffContext = await buildContext({ actor: staff });
  await captureOnFulfilment(staffContext, {
    chargeId: (await charge("kari-coffee", null)).id,
    reason: "First bag shipped",
  });
  const reserved = await charge("kari-coffee", 1);
  await captureCharge(staffContext, {
    chargeId: reserved.id,
    amount: Math.floor(reserved.amount / 2),
    reason: "Half the order shipped",
  });
  await refundCharge(staffContext, {
    chargeId: (await charge("kari-plus", 1)).id,
    amount: 1_000,
    description: "Goodwill: the magazine came late",
    reason: "Late delivery",
  });
  const support2 = await charge("kari-support", 2);
  await refundCharge(staffContext, {
    chargeId: support2.id,
    amount: support2.capturedAmount,
    description: "Charged twice by mistake",
    reason: "Customer asked",
  });
  await stopAgreement(asActor(await system(), staff), {
    agreementId: agreements.get("kari-support")!,
    reason: "Customer asked by phone",
  });
  const ola = await db.agreement.findUniqueOrThrow({ where: { id: agreements.get("ola")! } });
  await control("POST", `/agreements/${ola.vippsAgreementId}/user-stop`, {});
  await refreshAgreement(await system(), ola.id, "webhook", "USER");
  for (const person of PEOPLE.filter((p) => p.daysAgo === 0)) await signUp(person);

  // Rows made during the replay carry the time they stand for, so timelines read right.
  await db.$executeRaw`UPDATE "Agreement" SET "createdAt" = COALESCE("activatedAt", "createdAt") WHERE id = ANY(${[...agreements.values()]}::text[])`;
  await db.$executeRaw`
    UPDATE "Charge" c SET "createdAt" = CASE WHEN c.type = 'RECURRING' THEN c.due - interval '3 days' ELSE a."createdAt" END
    FROM "Agreement" a WHERE a.id = c."agreementId" AND a.id = ANY(${[...agreements.values()]}::text[])`;
  const statuses = await db.charge.groupBy({
    by: ["status"],
    where: { agreementId: { in: [...agreements.values()] } },
    _count: true,
  });
  logger.info(
    { charges: Object.fromEntries(statuses.map((s) => [s.status, s._count])) },
    "demo activity seeded",
  );
  return `${agreements.size} agreements with ${statuses.reduce((n, s) => n + s._count, 0)} charges`;
}
