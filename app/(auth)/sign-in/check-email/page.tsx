import type { Metadata } from "next";
import Link from "next/link";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { readTypedEmail } from "@/lib/auth/typed-email";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { publicShop } from "@/app/_components/public-shop";
import { ResendLinkForm } from "../sign-in-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.signIn.checkEmailTitle };
}

/** Auth.js's verifyRequest page: names the address this browser typed and can send the link again. */
export default async function CheckEmailPage() {
  const [t, { name: shopName, look }, typed] = await Promise.all([
    getTranslator(),
    publicShop(),
    readTypedEmail(),
  ]);
  const m = t.m.signIn;
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
      <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
        <h1 className="text-2xl font-semibold">{m.checkEmailTitle}</h1>
        <Card className="flex flex-col gap-4">
          {typed ? (
            <p>{t.format(m.checkEmailSentTo, { email: typed.email })}</p>
          ) : (
            <Alert tone="info">{m.checkEmailBody}</Alert>
          )}
          {typed ? <ResendLinkForm m={m} email={typed.email} /> : null}
          <p className="text-sm">
            <Link className="underline" href="/sign-in">
              {m.useAnotherAddress}
            </Link>
          </p>
        </Card>
        {env().DEMO_MODE && !env().SMTP_URL ? (
          <p className="text-sm">
            No mail server is set up here: open the{" "}
            <a className="underline" href="/dev/mailbox">
              dev mailbox
            </a>
            .
          </p>
        ) : null}
      </main>
      <SiteFooter />
    </>
  );
}
