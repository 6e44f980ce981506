import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/app/_components/site-footer";
import { ClaimForm } from "./_components/claim-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requestServerContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { ZClaimToken } from "@/lib/schemas/subscribe";
import { getSignUpClaim } from "@/lib/server/sign-up-claims/get-sign-up-claim";
import { publicShop } from "@/app/_components/public-shop";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.signUpClaim.title, robots: { index: false } };
}

/** The link mailed to an existing customer's address when a sign-up typed it: adding it takes a click (a POST). */
export default async function ClaimPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, { name: shopName, look }] = await Promise.all([getTranslator(), publicShop()]);
  const claim = ZClaimToken.safeParse(token).success
    ? await getSignUpClaim(await requestServerContext(), { token })
    : null;
  const values = { product: claim?.productName ?? "", email: claim?.email ?? "" };
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
      <main id="main" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-semibold">{t.m.signUpClaim.title}</h1>
        {!claim ? (
          <Alert tone="error">{t.m.signUpClaim.invalid}</Alert>
        ) : (
          <Card className="flex flex-col gap-4">
            <ClaimForm
              token={token}
              bound={claim.bound}
              email={claim.email}
              m={{
                body: t.format(t.m.signUpClaim.body, values),
                confirm: t.m.signUpClaim.confirm,
                adding: t.m.signUpClaim.adding,
                doneTitle: t.m.signUpClaim.doneTitle,
                doneBody: t.format(t.m.signUpClaim.doneBody, values),
                signIn: t.m.signUpClaim.signIn,
                notYou: t.m.signUpClaim.notYou,
                invalid: t.m.signUpClaim.invalid,
              }}
            />
          </Card>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
