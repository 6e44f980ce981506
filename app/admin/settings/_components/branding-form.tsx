"use client";

import { useState } from "react";
import { updateBrandingAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field } from "@/components/ui/form-controls";
import type { TShopLook } from "@/lib/domain/shop-look";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";

/** Reads the chosen file as a data URL; the server checks what it really is. */
const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
    reader.readAsDataURL(file);
  });

/** The shop's colour and logo, as customer pages, emails and receipts show them. */
export function BrandingForm({
  look,
  shopName,
  m,
}: {
  look: TShopLook;
  shopName: string;
  m: TAdminMessages["branding"] & { saved: string; saving: string };
}) {
  const {
    executeAsync,
    data,
    isPending,
    fieldErrors: errors,
    formError,
  } = useActionForm(updateBrandingAction);
  const [preview, setPreview] = useState<string | null>(null);
  const shown = preview ?? look.logoPath;
  return (
    <form
      noValidate
      aria-label={m.form}
      className="flex flex-col gap-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const fields = new FormData(event.currentTarget);
        const file = fields.get("logo");
        const logo = file instanceof File && file.size > 0 ? await readAsDataUrl(file) : "";
        const saved = await executeAsync({
          brandColor: String(fields.get("brandColor") ?? ""),
          logo,
          removeLogo: fields.get("removeLogo") === "on",
        });
        if (saved?.data) setPreview(null);
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {data ? <Alert tone="success">{m.saved}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={m.brandColour}
          name="brandColor"
          defaultValue={look.color ?? ""}
          placeholder="#1d4ed8"
          error={errors.brandColor}
          hint={m.brandColourHint}
        />
        <Field
          label={m.logo}
          name="logo"
          type="file"
          accept="image/png,image/jpeg"
          error={errors.logo}
          hint={m.logoHint}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            setPreview(file ? await readAsDataUrl(file) : null);
          }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <div
          className="flex min-h-16 items-center gap-3 rounded-lg border-t-4 bg-white px-4 py-2 shadow-sm"
          style={{ borderTopColor: look.color ?? "#1d4ed8" }}
          aria-label={m.headerPreview}
          role="img"
        >
          {shown ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data URL preview or our own route
            <img src={shown} alt="" className="h-10 max-w-40 object-contain" />
          ) : null}
          <span className="font-semibold">{shopName}</span>
        </div>
        {look.logoPath ? <CheckboxField label={m.removeLogo} name="removeLogo" /> : null}
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? m.saving : m.save}
        </Button>
      </div>
    </form>
  );
}
