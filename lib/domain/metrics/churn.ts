// Churn as the dashboard counts it (FEATURES.md §4). A subscription churns when an agreement that
// was once active stops; which stops are involuntary is counted in SQL (query-flows.ts; the
// formula's oracle is tests/oracles/churn.ts).
/**
 * Stripe's subscriber churn rate for a period: subscriptions churned in it ÷ (subscriptions active
 * at its start + subscriptions started in it). Null when there was nothing to churn.
 */
export function churnRate(input: { churned: number; activeAtStart: number; started: number }): number | null {
  const base = input.activeAtStart + input.started;
  return base === 0 ? null : input.churned / base;
}
