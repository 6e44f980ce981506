// The server context of a test: acting as the system, for the installation's merchant, in
// Norwegian, at Abo's now (time travel included). Override what a test is about.
import { now } from "@/lib/clock";
import { installationMerchantId } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";

export async function testContext(overrides: Partial<TServerContext> = {}): Promise<TServerContext> {
  const merchantId = overrides.merchantId ?? (await installationMerchantId());
  if (!merchantId) throw new Error("testContext: no merchant yet; seed one first");
  return { actor: { type: "SYSTEM" }, merchantId, locale: "nb", now: await now(), ...overrides };
}
