"use client";

import { updateCompanyDetailsAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field, SelectField } from "@/components/ui/form-controls";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";

/** The seller on receipts: legal name, address, organisation number and VAT registration. */
export function CompanyForm({
  merchant,
  m,
}: {
  merchant: TSettings["merchant"];
  m: TAdminMessages["company"];
}) {
  const {
    execute,
    data,
    isPending,
    fieldErrors: errors,
    formError,
  } = useActionForm(updateCompanyDetailsAction);
  return (
    <form
      noValidate
      aria-label={m.form}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = new FormData(event.currentTarget);
        const value = (name: string) => String(fields.get(name) ?? "");
        execute({
          legalName: value("legalName"),
          addressLine: value("addressLine"),
          postalCode: value("postalCode"),
          city: value("city"),
          companyCountry: value("companyCountry") as "NO",
          orgNumber: value("orgNumber"),
          vatRegistered: fields.get("vatRegistered") === "on",
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {data ? <Alert tone="success">{m.saved}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={m.legalName}
          name="legalName"
          defaultValue={merchant.legalName ?? ""}
          error={errors.legalName}
          hint={m.legalNameHint}
        />
        <SelectField
          label={m.registeredIn}
          name="companyCountry"
          defaultValue={merchant.companyCountry ?? "NO"}
          options={(["NO", "DK", "FI"] as const).map((value) => ({ value, label: m.registers[value] }))}
          error={errors.companyCountry}
        />
        <Field
          label={m.street}
          name="addressLine"
          defaultValue={merchant.addressLine ?? ""}
          error={errors.addressLine}
        />
        <div className="grid grid-cols-[7rem_1fr] gap-4">
          <Field
            label={m.postalCode}
            name="postalCode"
            inputMode="numeric"
            defaultValue={merchant.postalCode ?? ""}
            error={errors.postalCode}
          />
          <Field label={m.city} name="city" defaultValue={merchant.city ?? ""} error={errors.city} />
        </div>
        <Field
          label={m.orgNumber}
          name="orgNumber"
          defaultValue={merchant.orgNumber ?? ""}
          error={errors.orgNumber}
          hint={m.orgNumberHint}
        />
      </div>
      <CheckboxField
        name="vatRegistered"
        label={m.vat}
        defaultChecked={merchant.vatRegistered}
        error={errors.vatRegistered}
        hint={m.vatHint}
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {m.save}
        </Button>
      </div>
    </form>
  );
}
