import type { Metadata } from "next";
import { OnboardingView } from "@/components/admin/onboarding/onboarding-view";
import { requireAdmin } from "@/lib/auth/guards";
import { getOnboarding } from "@/lib/server/admin/get-onboarding";

export const metadata: Metadata = { title: "Onboarding" };
export const dynamic = "force-dynamic";

export default async function OnboardingPage() {
  await requireAdmin("/admin/onboarding");
  const state = await getOnboarding();
  return (
    <main id="main">{state ? <OnboardingView state={state} /> : "No shop yet: open /setup first."}</main>
  );
}
