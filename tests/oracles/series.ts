// Test oracle (not run in production): the slot PostgreSQL's width_bucket gives a change in
// lib/server/admin/dashboard/query-levels.ts.

/** The slot of a change for a list of ascending instants: how many instants are at or before it. */
export function slotOf(at: Date, instants: Date[]): number {
  let slot = 0;
  while (slot < instants.length && instants[slot]! <= at) slot++;
  return slot;
}
