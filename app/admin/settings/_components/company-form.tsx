"use client";

import { updateCompanyDetailsAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field, SelectField } from "@/components/ui/form-controls";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";

/** The seller on receipts: legal name, address, organisation number and VAT registration. */
export function CompanyForm({ merchant }: { merchant: TSettings["merchant"] }) {
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
      aria-label="Company details for receipts"
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
      {data ? <Alert tone="success">Saved. Receipts issued from now on carry these details.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Registered company name"
          name="legalName"
          defaultValue={merchant.legalName ?? ""}
          error={errors.legalName}
          hint="As in the company register, e.g. Kaffebrenneriet AS"
        />
        <SelectField
          label="Registered in"
          name="companyCountry"
          defaultValue={merchant.companyCountry ?? "NO"}
          options={[
            { value: "NO", label: "Norway (Brønnøysundregistrene)" },
            { value: "DK", label: "Denmark (CVR)" },
            { value: "FI", label: "Finland (YTJ)" },
          ]}
          error={errors.companyCountry}
        />
        <Field
          label="Street address"
          name="addressLine"
          defaultValue={merchant.addressLine ?? ""}
          error={errors.addressLine}
        />
        <div className="grid grid-cols-[7rem_1fr] gap-4">
          <Field
            label="Postal code"
            name="postalCode"
            inputMode="numeric"
            defaultValue={merchant.postalCode ?? ""}
            error={errors.postalCode}
          />
          <Field label="Town or city" name="city" defaultValue={merchant.city ?? ""} error={errors.city} />
        </div>
        <Field
          label="Organisation number"
          name="orgNumber"
          defaultValue={merchant.orgNumber ?? ""}
          error={errors.orgNumber}
          hint="Norway: organisasjonsnummer (9 digits); Denmark: CVR (8 digits); Finland: Y-tunnus (1234567-8)"
        />
      </div>
      <CheckboxField
        name="vatRegistered"
        label="Registered for VAT (MVA / moms / ALV)"
        defaultChecked={merchant.vatRegistered}
        error={errors.vatRegistered}
        hint="Receipts then show the VAT rate and amount, and “MVA” after a Norwegian organisation number"
      />
      <div>
        <Button type="submit" disabled={isPending}>
          Save company details
        </Button>
      </div>
    </form>
  );
}
