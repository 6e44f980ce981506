import type { Metadata } from "next";
import { OnboardingView } from "./_components/onboarding-view";
import { brandsAt } from "@/components/brand/brand";
import { requireAdminContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { getOnboarding } from "@/lib/server/admin/get-onboarding";

export const metadata: Metadata = { title: "Onboarding" };
export const dynamic = "force-dynamic";

export default async function OnboardingPage() {
  const { ctx } = await requireAdminContext("/admin/onboarding");
  const [state, clock] = await Promise.all([getOnboarding(ctx), now()]);
  return (
    <main id="main">
      {state ? <OnboardingView state={state} brands={brandsAt(clock)} /> : "No shop yet: open /setup first."}
    </main>
  );
}
