/**
 * One row behind a figure: a subscription, a customer, a charge or a refund. `amount` is the row's
 * money in the figure (minor units; MRR: its monthly value), null where the figure counts rows.
 * `status` and `note` are codes the page puts into words (lib/i18n dashboardDrilldown).
 */
export type TDrillRow = {
  key: string;
  kind: "agreement" | "customer" | "charge";
  /** The support page of the subscription, customer or charge. */
  targetId: string;
  reference: string;
  customer: string;
  product: string;
  status: string | null;
  /** The moment that puts the row in the figure (started, ended, due, refunded, …). */
  date: Date | null;
  currency: string | null;
  amount: number | null;
  note: string | null;
  /** The stop flow's reason (StopFeedback), "NONE" when none was given; null for other rows. */
  reason?: string | null;
};

/** When an agreement ended: a stopped or expired one at its stop (else its last update); null while it runs. */
export const endedAt = (a: { status: string; stoppedAt: Date | null; updatedAt: Date }): Date | null =>
  a.status === "STOPPED" || a.status === "EXPIRED" ? (a.stoppedAt ?? a.updatedAt) : null;

/** How a row names its customer: their name, else their email. */
export const customerLabel = (c: { name: string | null; email: string | null } | null) =>
  c?.name ?? c?.email ?? "";
