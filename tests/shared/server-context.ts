import { now } from "@/lib/clock";
import { installationMerchantId } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";

/** A server context for tests: the system, for the installation's merchant, in Norwegian, at Abo's now. */
export async function testContext(overrides: Partial<TServerContext> = {}): Promise<TServerContext> {
  const merchantId = overrides.merchantId ?? (await installationMerchantId());
  if (!merchantId) throw new Error("testContext: the test database has no merchant yet");
  return { actor: { type: "SYSTEM" }, merchantId, locale: "nb", now: await now(), ...overrides };
}
