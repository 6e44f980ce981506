import type { Metadata } from "next";
import { DemoLogins } from "@/components/auth/demo-logins";
import { Card } from "@/components/ui/card";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { StaffSignInForm } from "../../sign-in/sign-in-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.signIn.staffTitle, robots: { index: false } };
}

/** Staff (support, admin) sign in with a password here, apart from the customers' page. */
export default async function StaffSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { m } = await getTranslator();
  const { callbackUrl } = await searchParams;
  const local =
    typeof callbackUrl === "string" && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//")
      ? callbackUrl
      : "";
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">{m.signIn.staffTitle}</h1>
      <Card>
        <StaffSignInForm m={m.signIn} callbackUrl={local} />
      </Card>
      {env().DEMO_MODE ? <DemoLogins role="staff" /> : null}
    </main>
  );
}
