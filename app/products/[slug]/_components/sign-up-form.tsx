"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import { useEffect, useRef, useState } from "react";
import type { Market } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import { startSubscriptionAction } from "../actions";
import { VippsButton } from "@/components/brand/vipps-button";
import type { TBrand } from "@/components/brand/brand";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, Field } from "@/components/ui/form-controls";
import { customerWording } from "@/components/customer/action-errors";
import { continueLabel, everyText } from "@/components/customer/plan-text";

type TProps = {
  locale: TLocale;
  slug: string;
  market: Market;
  brand: TBrand;
  shopName: string;
  termsUrl: string;
  /** The product's terms: a variable price asks for the amount, up to its cap. */
  terms: TPlanTerms;
  defaults: { email: string; phone: string; name: string };
};

/**
 * Email, phone, name, the amount of a variable price, and the terms, then off to Vipps/MobilePay
 * (the action redirects there).
 */
export function SignUpForm({ locale, slug, market, brand, shopName, termsUrl, terms, defaults }: TProps) {
  const t = translator(locale);
  const form = useRef<HTMLFormElement>(null);
  const [termsAccepted, setTermsAccepted] = useState(false);
  const {
    execute,
    result,
    isPending,
    hasNavigated,
    fieldErrors: errors,
    formError,
  } = useActionForm(startSubscriptionAction, { wording: customerWording(t.m, brand) });
  const variableCap = terms.pricingType === "VARIABLE" ? terms.suggestedMaxAmount : null;

  // After a failed attempt, take keyboard and screen-reader users to the first field to fix.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [result]);

  return (
    <form
      ref={form}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        execute({
          slug,
          market,
          email: String(data.get("email") ?? ""),
          phone: String(data.get("phone") ?? ""),
          name: String(data.get("name") ?? ""),
          ...(variableCap !== null ? { amount: String(data.get("amount") ?? "") } : {}),
          termsAccepted,
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field
        label={t.m.shop.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={defaults.email}
        hint={t.m.shop.emailHint}
        error={errors.email}
      />
      <Field
        label={t.m.shop.phone}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        defaultValue={defaults.phone}
        hint={t.format(t.m.shop.phoneHint, { brand })}
        error={errors.phone}
      />
      <Field
        label={t.m.shop.name}
        name="name"
        autoComplete="name"
        defaultValue={defaults.name}
        error={errors.name}
      />
      {variableCap !== null ? (
        <Field
          label={t.format(t.m.shop.amount, {
            interval: everyText(t, terms.interval),
            currency: terms.currency,
          })}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          required
          hint={t.format(t.m.shop.amountHint, { max: t.money(variableCap, terms.currency) })}
          error={errors.amount}
          className="max-w-xs"
        />
      ) : null}
      <CheckboxField
        name="termsAccepted"
        checked={termsAccepted}
        onChange={(event) => setTermsAccepted(event.target.checked)}
        label={t.format(t.m.shop.acceptTerms, { shop: shopName })}
        hint={
          <a
            href={termsUrl}
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-11 items-center underline"
          >
            {t.m.shop.readTerms}
          </a>
        }
        error={errors.termsAccepted}
      />
      <p className="text-sm text-neutral-800">{t.format(t.m.shop.approveInApp, { brand })}</p>
      <div>
        <VippsButton
          brand={brand}
          market={market}
          label={continueLabel(t, brand)}
          type="submit"
          disabled={isPending || hasNavigated}
          aria-busy={isPending}
        />
      </div>
    </form>
  );
}
