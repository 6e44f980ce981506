// The one polling helper of both test tiers: asks again every `intervalMs` until the answer is
// truthy or `timeoutMs` has passed (wall-clock time: it waits for other processes, not for Abo's clock).

export type TWaitOptions = { timeoutMs?: number; intervalMs?: number; what?: string | (() => string) };

/** Resolves with the first truthy answer of `read`; throws naming `what` when none came in time. */
export async function waitFor<T>(
  read: () => Promise<T> | T,
  options: TWaitOptions | number = {},
): Promise<NonNullable<T>> {
  const {
    timeoutMs = 10_000,
    intervalMs = 100,
    what = "condition not met",
  } = typeof options === "number" ? { timeoutMs: options } : options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`${typeof what === "function" ? what() : what} in time`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
