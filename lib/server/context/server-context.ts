import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import type { TActor } from "@/lib/server/actor";

/**
 * Who asks, for which merchant, in which language, at what moment: built once per request, job run
 * or webhook and passed as the first argument to every lib/server function. Data functions read
 * the merchant and the time from here, never from a global (`db.merchant.findFirst()`, `new Date()`),
 * so one installation could later serve several merchants and every test can pin the clock.
 */
export type TServerContext = Readonly<{
  actor: TActor;
  merchantId: string;
  locale: TLocale;
  /** Abo's "now" (time travel included), read once when the context is built. */
  now: Date;
}>;

/** A context for the same request acting as someone else (e.g. the system finishing a customer's step). */
export const asActor = (ctx: TServerContext, actor: TActor): TServerContext => ({ ...ctx, actor });

/** The staff member behind a context, or null for customers and the system. */
export const staffOf = (ctx: TServerContext) => (ctx.actor.type === "STAFF" ? ctx.actor : null);
