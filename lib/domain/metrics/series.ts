// Levels such as MRR and subscriber counts are built from changes: +value when a subscription
// starts (or its campaign ends and the ordinary price begins), −value when it stops. The database
// sums the changes that fall before each reading instant's slot (PostgreSQL width_bucket); here
// they are added up into the level at each instant.

/**
 * sums[i] holds the changes that happened before instant i but not before instant i−1 (index
 * `instants.length` holds those after the last instant, which count for none). Returns the level at
 * each instant.
 */
export function levelsFromSlots(sums: Map<number, number>, instants: number): number[] {
  const levels: number[] = [];
  let running = 0;
  for (let i = 0; i < instants; i++) {
    running += sums.get(i) ?? 0;
    levels.push(running);
  }
  return levels;
}
