import { now } from "@/lib/clock";
import { installationMerchantId } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";

/** A server context for tests: the system acting for the installation's merchant, in Norwegian, at Abo's now. */
export async function testContext(overrides: Partial<TServerContext> = {}): Promise<TServerContext> {
  return {
    actor: { type: "SYSTEM" },
    merchantId: overrides.merchantId ?? (await installationMerchantId()) ?? "",
    locale: "nb",
    now: await now(),
    ...overrides,
  };
}
