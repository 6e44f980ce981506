import type { Metadata } from "next";
import { OnboardingView } from "./_components/onboarding-view";
import { brandsAt } from "@/components/brand/brand";
import { requireAdminContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { getOnboarding } from "@/lib/server/admin/get-onboarding";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.onboarding.title };
}
export const dynamic = "force-dynamic";

export default async function OnboardingPage() {
  const { ctx } = await requireAdminContext("/admin/onboarding");
  const [state, clock, t] = await Promise.all([getOnboarding(ctx), now(), getTranslator()]);
  return (
    <main id="main">
      {state ? <OnboardingView state={state} brands={brandsAt(clock)} m={t.m.admin} /> : t.m.admin.noShop}
    </main>
  );
}
