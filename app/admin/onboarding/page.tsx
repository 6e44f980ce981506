import type { Metadata } from "next";
import { OnboardingView } from "./_components/onboarding-view";
import { brandsAt } from "@/components/brand/brand";
import { requireAdmin } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { getOnboarding } from "@/lib/server/admin/get-onboarding";

export const metadata: Metadata = { title: "Onboarding" };
export const dynamic = "force-dynamic";

export default async function OnboardingPage() {
  await requireAdmin("/admin/onboarding");
  const [state, clock] = await Promise.all([getOnboarding(), now()]);
  return (
    <main id="main">
      {state ? <OnboardingView state={state} brands={brandsAt(clock)} /> : "No shop yet: open /setup first."}
    </main>
  );
}
