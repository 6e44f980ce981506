import type { TBrand } from "@/components/brand/brand";
import { ScrollBox } from "@/components/ui/scroll-box";
import { Card } from "@/components/ui/card";
import type { TShopLook } from "@/lib/domain/shop-look";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { BrandingForm } from "./branding-form";
import { CompanyForm } from "./company-form";
import { InviteForm } from "./invite-form";
import { PoliciesForm } from "./policies-form";
import { ProfileForm } from "./profile-form";
import { StaffTable } from "./staff-table";

/** Settings: the shop, markets and branding, billing and dunning, and staff. */
// FACTS §11: the brand follows the market (and, since MobilePay becomes Vipps, the date on Abo's
// clock: `brands` comes from `brandsAt(now())`); it is not the merchant's choice.
export function SettingsView({
  settings,
  currentUserId,
  brands,
  look,
}: {
  settings: TSettings;
  currentUserId: string;
  brands: Record<"NO" | "DK" | "FI", TBrand>;
  look: TShopLook;
}) {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card className="flex flex-col gap-4" aria-labelledby="shop-heading">
        <h2 id="shop-heading" className="text-lg font-semibold">
          Shop, support contact and languages
        </h2>
        <ProfileForm merchant={settings.merchant} />
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="look-heading">
        <h2 id="look-heading" className="text-lg font-semibold">
          Colour and logo
        </h2>
        <BrandingForm look={look} shopName={settings.merchant.name} />
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="company-heading">
        <h2 id="company-heading" className="text-lg font-semibold">
          Company details for receipts
        </h2>
        <p className="text-sm text-neutral-700">
          Every receipt and credit note names the seller with these details, as the bookkeeping rules of
          Norway, Denmark and Finland require. Set the VAT rate of each product in its editor.
        </p>
        <CompanyForm merchant={settings.merchant} />
      </Card>
      <Card className="flex flex-col gap-3" aria-labelledby="markets-heading">
        <h2 id="markets-heading" className="text-lg font-semibold">
          Markets and branding
        </h2>
        <p className="text-sm text-neutral-700">
          Customers pay with Vipps in Norway, and with MobilePay in Denmark and Finland until it becomes Vipps
          there on 12 January 2027; buttons, texts, emails and receipts follow the market and the date (Vipps
          MobilePay brand rules). Agreements, keys and webhooks do not change. Keys are managed in{" "}
          <a className="underline" href="/admin/onboarding">
            Onboarding
          </a>
          .
        </p>
        <ScrollBox label="Sales units">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300">
                <th className="py-2 pr-4">Market</th>
                <th className="py-2 pr-4">Brand</th>
                <th className="py-2 pr-4">Environment</th>
                <th className="py-2 pr-4">Sales unit</th>
              </tr>
            </thead>
            <tbody>
              {settings.units.map((unit) => (
                <tr key={unit.id} className="border-b border-neutral-200">
                  <td className="py-2 pr-4">
                    {unit.market} ({unit.currency})
                  </td>
                  <td className="py-2 pr-4">{brands[unit.market]}</td>
                  <td className="py-2 pr-4">
                    {unit.environment === "PRODUCTION" ? "Production" : "Test"}
                    {unit.environment === settings.merchant.activeEnvironment ? " (in use)" : ""}
                  </td>
                  <td className="py-2 pr-4">
                    {unit.name} · MSN {unit.msn} · key {unit.subscriptionKeyHint}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="policies-heading">
        <h2 id="policies-heading" className="text-lg font-semibold">
          Billing, dunning and permissions
        </h2>
        <PoliciesForm merchant={settings.merchant} />
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="text-lg font-semibold">
          Staff
        </h2>
        <StaffTable staff={settings.staff} currentUserId={currentUserId} />
        <InviteForm />
      </Card>
    </div>
  );
}
