import type { ReactNode } from "react";
import type { TBrand } from "@/components/brand/brand";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import type { TOnboarding } from "@/lib/server/admin/get-onboarding";
import { EnvironmentSwitch } from "./environment-switch";
import { GoLiveCheck } from "./go-live-check";
import { SalesUnitCard } from "./sales-unit-card";
import { SalesUnitKeysForm } from "./sales-unit-keys-form";

/** The onboarding wizard's six steps, each with its state and what to do next. */
export function OnboardingView({
  state,
  brands,
}: {
  state: TOnboarding;
  brands: Record<"NO" | "DK" | "FI", TBrand>;
}) {
  const { steps, units, products, merchant } = state;
  const test = units.filter((u) => u.environment === "TEST");
  const production = units.filter((u) => u.environment === "PRODUCTION");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Onboarding</h1>
        <Badge tone={merchant.activeEnvironment === "PRODUCTION" ? "green" : "blue"}>
          {merchant.activeEnvironment === "PRODUCTION" ? "Live in production" : "Test environment"}
        </Badge>
      </div>
      <Step n={1} title="Connect your test sales unit" done={steps.keys}>
        {test.map((unit) => (
          <SalesUnitCard key={unit.id} unit={unit} brand={brands[unit.market]} />
        ))}
        <Disclosure
          defaultOpen={test.length === 0}
          title={test.length ? "Add or replace test keys" : "Enter your test keys"}
        >
          <SalesUnitKeysForm environment="TEST" />
        </Disclosure>
      </Step>
      <Step n={2} title="Test the connection" done={steps.connection}>
        <p className="text-sm">
          Use “Test connection” on each sales unit above: Abo asks for an access token and reads one page of
          agreements.
        </p>
      </Step>
      <Step n={3} title="Register webhooks" done={steps.webhooks}>
        <p className="text-sm">
          Use “Register webhooks” above, so Vipps MobilePay tells Abo at once when an agreement or charge
          changes.
        </p>
      </Step>
      <Step n={4} title="Create and launch your first product" done={steps.product}>
        <p className="text-sm">
          {products.total === 0
            ? "No products yet."
            : `${products.total} products, ${products.live} on sale.`}
          {products.firstLiveSlug ? (
            <>
              {" "}
              Customers sign up at{" "}
              <a className="underline" href={`/products/${products.firstLiveSlug}`}>
                /products/{products.firstLiveSlug}
              </a>
              .
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink
            href="/admin/products/new?from=onboarding"
            variant={products.total ? "secondary" : "primary"}
          >
            Create a product
          </ButtonLink>
          {products.total ? (
            <ButtonLink href="/admin/products" variant="secondary">
              See products
            </ButtonLink>
          ) : null}
        </div>
      </Step>
      <Step n={5} title="Run the go-live verification" done={steps.checklist}>
        <p className="text-sm">
          Abo makes the agreements and charges Vipps MobilePay asks to see before going live (ACTIVE, STOPPED,
          CHARGED, REFUNDED) in the test environment.
        </p>
        {test.map((unit) => (
          <GoLiveCheck key={unit.id} unit={unit} />
        ))}
      </Step>
      <Step n={6} title="Go live in production" done={steps.production}>
        {production.map((unit) => (
          <SalesUnitCard key={unit.id} unit={unit} brand={brands[unit.market]} />
        ))}
        {/* Opens by itself once the verification has passed (a new key remounts it). */}
        <Disclosure
          key={steps.checklist ? "ready" : "waiting"}
          defaultOpen={production.length === 0 && steps.checklist}
          title={production.length ? "Add or replace production keys" : "Enter your production keys"}
        >
          <SalesUnitKeysForm environment="PRODUCTION" />
        </Disclosure>
        <EnvironmentSwitch current={merchant.activeEnvironment} blockers={state.productionBlockers} />
      </Step>
    </div>
  );
}

function Step({
  n,
  title,
  done,
  children,
}: {
  n: number;
  title: string;
  done: boolean;
  children: ReactNode;
}) {
  return (
    <Card className="flex flex-col gap-3" aria-labelledby={`step-${n}`}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={`step-${n}`} className="text-lg font-semibold">
          {n}. {title}
        </h2>
        <Badge tone={done ? "green" : "neutral"}>{done ? "Done" : "To do"}</Badge>
      </div>
      {children}
    </Card>
  );
}
