import type { ReactNode } from "react";
import type { TBrand } from "@/components/brand/brand";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import type { TOnboarding } from "@/lib/server/admin/get-onboarding";
import { fillMessage } from "@/components/admin/fill-message";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";
import { EnvironmentSwitch } from "./environment-switch";
import { GoLiveCheck } from "./go-live-check";
import { SalesUnitCard } from "./sales-unit-card";
import { SalesUnitKeysForm } from "./sales-unit-keys-form";

/** The onboarding wizard's six steps, each with its state and what to do next. */
export function OnboardingView({
  state,
  brands,
  m,
}: {
  state: TOnboarding;
  brands: Record<"NO" | "DK" | "FI", TBrand>;
  m: TAdminMessages;
}) {
  const o = m.onboarding;
  const step = { done: o.done, toDo: o.toDo, stepTitle: o.stepTitle };
  const unitCard = (unit: TOnboarding["units"][number]) => (
    <SalesUnitCard key={unit.id} unit={unit} brand={brands[unit.market]} m={m.salesUnit} />
  );
  const keysForm = (environment: "TEST" | "PRODUCTION") => (
    <SalesUnitKeysForm environment={environment} m={{ ...m.salesUnitKeys, saving: m.saving }} />
  );
  const { steps, units, products, merchant } = state;
  const test = units.filter((u) => u.environment === "TEST");
  const production = units.filter((u) => u.environment === "PRODUCTION");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{o.title}</h1>
        <Badge tone={merchant.activeEnvironment === "PRODUCTION" ? "green" : "blue"}>
          {merchant.activeEnvironment === "PRODUCTION" ? o.live : o.testEnvironment}
        </Badge>
      </div>
      <Step n={1} title={o.steps.keys} done={steps.keys} m={step}>
        {test.map(unitCard)}
        <Disclosure defaultOpen={test.length === 0} title={test.length ? o.addTestKeys : o.enterTestKeys}>
          {keysForm("TEST")}
        </Disclosure>
      </Step>
      <Step n={2} title={o.steps.connection} done={steps.connection} m={step}>
        <p className="text-sm">{o.connectionHelp}</p>
      </Step>
      <Step n={3} title={o.steps.webhooks} done={steps.webhooks} m={step}>
        <p className="text-sm">{o.webhooksHelp}</p>
      </Step>
      <Step n={4} title={o.steps.product} done={steps.product} m={step}>
        <p className="text-sm">
          {products.total === 0
            ? o.noProducts
            : format(o.productCount, { total: products.total, live: products.live })}
          {products.firstLiveSlug ? (
            <>
              {" "}
              {fillMessage(o.signUpAt, {
                link: (
                  <a className="underline" href={`/products/${products.firstLiveSlug}`}>
                    /products/{products.firstLiveSlug}
                  </a>
                ),
              })}
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink
            href="/admin/products/new?from=onboarding"
            variant={products.total ? "secondary" : "primary"}
          >
            {o.createProduct}
          </ButtonLink>
          {products.total ? (
            <ButtonLink href="/admin/products" variant="secondary">
              {o.seeProducts}
            </ButtonLink>
          ) : null}
        </div>
      </Step>
      <Step n={5} title={o.steps.checklist} done={steps.checklist} m={step}>
        <p className="text-sm">{o.verificationHelp}</p>
        {test.map((unit) => (
          <GoLiveCheck key={unit.id} unit={unit} m={m.goLive} statusNames={m.status} />
        ))}
      </Step>
      <Step n={6} title={o.steps.production} done={steps.production} m={step}>
        {production.map(unitCard)}
        {/* Opens by itself once the verification has passed (a new key remounts it). */}
        <Disclosure
          key={steps.checklist ? "ready" : "waiting"}
          defaultOpen={production.length === 0 && steps.checklist}
          title={production.length ? o.addProductionKeys : o.enterProductionKeys}
        >
          {keysForm("PRODUCTION")}
        </Disclosure>
        <EnvironmentSwitch current={merchant.activeEnvironment} blockers={state.productionBlockers} m={o} />
      </Step>
    </div>
  );
}

function Step({
  n,
  title,
  done,
  children,
  m,
}: {
  n: number;
  title: string;
  done: boolean;
  children: ReactNode;
  m: { done: string; toDo: string; stepTitle: string };
}) {
  return (
    <Card className="flex flex-col gap-3" aria-labelledby={`step-${n}`}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={`step-${n}`} className="text-lg font-semibold">
          {format(m.stepTitle, { n, title })}
        </h2>
        <Badge tone={done ? "green" : "neutral"}>{done ? m.done : m.toDo}</Badge>
      </div>
      {children}
    </Card>
  );
}
