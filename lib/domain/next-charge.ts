// What a customer is told about their next payment: the charge already planned at Vipps when
// there is one, otherwise the first charge the billing scheduler will make (upcomingCharges: the
// same periods, due dates and amounts, pauses skipped, nothing from a scheduled stop on).
import { upcomingCharges, type TScheduleInput } from "./billing-schedule";

export type TUpcomingCharge = { due: Date | null; amount: number; status: string };

export type TNextChargeInput = Omit<TScheduleInput, "leadDays" | "plan"> & {
  status: string;
  plan: TScheduleInput["plan"] | null;
  /** Charges not yet settled (PENDING, DUE, PROCESSING), any order. */
  upcoming: TUpcomingCharge[];
};

export type TNextCharge = { date: Date; amount: number };

export function nextCharge(input: TNextChargeInput): TNextCharge | null {
  if (input.status !== "ACTIVE") return null;
  const planned = input.upcoming
    .filter(
      (c): c is TUpcomingCharge & { due: Date } =>
        c.due !== null && ["PENDING", "DUE", "PROCESSING"].includes(c.status),
    )
    .sort((a, b) => a.due.getTime() - b.due.getTime())[0];
  if (planned) return { date: planned.due, amount: planned.amount };
  if (!input.plan) return null;
  const [first] = upcomingCharges({ ...input, plan: input.plan }, { count: 1 });
  return first ? { date: first.due, amount: first.amount } : null;
}
