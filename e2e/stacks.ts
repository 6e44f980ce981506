// The end-to-end tier runs one whole system per Playwright worker (e2e/global-setup.ts starts them).
// A worker finds its own through TEST_PARALLEL_INDEX, which Playwright sets in each worker process;
// the E2E_* variables then name that stack for every fixture and spec.

/** Playwright workers, each with its own stack. Two fit these 2-core machines; more only contend. */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

export type TE2EStack = {
  E2E_BASE_URL: string;
  E2E_DATABASE_URL: string;
  E2E_EMULATOR_URL: string;
  E2E_LOG_DIR: string;
};

/** Points the E2E_* variables at stack `index` (when the stacks are up). */
export function pointAtStack(index: number): void {
  const stacks = process.env.E2E_STACKS ? (JSON.parse(process.env.E2E_STACKS) as TE2EStack[]) : [];
  const stack = stacks[index % Math.max(1, stacks.length)];
  if (stack) Object.assign(process.env, stack);
}
