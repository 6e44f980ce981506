import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DemoLogins } from "@/components/auth/demo-logins";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { readTypedEmail } from "@/lib/auth/typed-email";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { publicShop } from "@/app/_components/public-shop";
import { CustomerSignInForm } from "./sign-in-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.signIn.title };
}

type TParams = { callbackUrl?: string; staff?: string; error?: string; email?: string };

const localPath = (value: unknown) =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "";

/** Customers sign in here with an emailed link; staff have their own page (/staff/sign-in). */
export default async function SignInPage({ searchParams }: { searchParams: Promise<TParams> }) {
  const params = await searchParams;
  const callbackUrl = localPath(params.callbackUrl);
  // Old staff links (?staff=1) keep working.
  if (params.staff)
    redirect(`/staff/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
  const [{ m }, { name: shopName, look }, typed] = await Promise.all([
    getTranslator(),
    publicShop(),
    readTypedEmail(),
  ]);
  // Auth.js sends a used or expired link here with error=Verification.
  const error = params.error
    ? params.error === "Verification"
      ? m.signIn.linkUsedOrExpired
      : m.signIn.signInFailed
    : null;
  const email = typeof params.email === "string" && params.email.length <= 254 ? params.email : typed?.email;
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
      <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
        <h1 className="text-2xl font-semibold">{m.signIn.title}</h1>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Card>
          <p className="mb-4 text-sm text-neutral-700">{m.signIn.customerIntro}</p>
          <CustomerSignInForm m={m.signIn} callbackUrl={callbackUrl} email={email ?? ""} />
        </Card>
        <p className="text-sm text-neutral-700">
          {m.signIn.staffPrompt}{" "}
          <Link className="underline" href="/staff/sign-in">
            {m.signIn.staffLink}
          </Link>
        </p>
        {env().DEMO_MODE ? <DemoLogins role="customer" /> : null}
      </main>
      <SiteFooter />
    </>
  );
}
