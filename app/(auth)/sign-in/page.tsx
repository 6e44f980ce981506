import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { DEMO_LOGINS } from "@/lib/demo-logins";
import { CustomerSignInForm, StaffSignInForm } from "./sign-in-forms";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; staff?: string; error?: string }>;
}) {
  const { m } = await getTranslator();
  const params = await searchParams;
  const callbackUrl =
    typeof params.callbackUrl === "string" && params.callbackUrl.startsWith("/") ? params.callbackUrl : "";
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">{m.signIn.title}</h1>
      <Card>
        <p className="mb-4 text-sm text-neutral-700">{m.signIn.customerIntro}</p>
        <CustomerSignInForm m={m.signIn} callbackUrl={params.staff ? "" : callbackUrl} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{m.signIn.staffTitle}</h2>
        <StaffSignInForm m={m.signIn} callbackUrl={params.staff ? callbackUrl : ""} />
      </Card>
      {env().DEMO_MODE ? (
        <Card className="text-sm">
          <h2 className="mb-2 font-semibold">Demo logins</h2>
          <ul className="flex flex-col gap-1">
            {DEMO_LOGINS.map((login) => (
              <li key={login.email}>
                {login.role}: <code>{login.email}</code>
                {login.password ? (
                  <>
                    {" "}
                    / <code>{login.password}</code>
                  </>
                ) : (
                  <>
                    {" "}
                    (sign-in link, see the{" "}
                    <a className="underline" href="/dev/mailbox">
                      dev mailbox
                    </a>
                    )
                  </>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </main>
  );
}
