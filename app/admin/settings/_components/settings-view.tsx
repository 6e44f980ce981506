import type { TBrand } from "@/components/brand/brand";
import { ScrollBox } from "@/components/ui/scroll-box";
import { Card } from "@/components/ui/card";
import type { TShopLook } from "@/lib/domain/shop-look";
import { fillMessage } from "@/components/admin/fill-message";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";
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
  m,
}: {
  settings: TSettings;
  currentUserId: string;
  brands: Record<"NO" | "DK" | "FI", TBrand>;
  look: TShopLook;
  m: TAdminMessages;
}) {
  const s = m.settings;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{s.title}</h1>
      <Card className="flex flex-col gap-4" aria-labelledby="shop-heading">
        <h2 id="shop-heading" className="text-lg font-semibold">
          {s.shopHeading}
        </h2>
        <ProfileForm merchant={settings.merchant} m={{ ...m.profile, saved: m.saved }} />
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="look-heading">
        <h2 id="look-heading" className="text-lg font-semibold">
          {s.lookHeading}
        </h2>
        <BrandingForm
          look={look}
          shopName={settings.merchant.name}
          m={{ ...m.branding, saved: m.saved, saving: m.saving }}
        />
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="company-heading">
        <h2 id="company-heading" className="text-lg font-semibold">
          {s.companyHeading}
        </h2>
        <p className="text-sm text-neutral-700">{s.companyIntro}</p>
        <CompanyForm merchant={settings.merchant} m={m.company} />
      </Card>
      <Card className="flex flex-col gap-3" aria-labelledby="markets-heading">
        <h2 id="markets-heading" className="text-lg font-semibold">
          {s.marketsHeading}
        </h2>
        <p className="text-sm text-neutral-700">
          {fillMessage(s.marketsIntro, {
            onboarding: (
              <a className="underline" href="/admin/onboarding">
                {s.onboardingLink}
              </a>
            ),
          })}
        </p>
        <ScrollBox label={s.salesUnits}>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300">
                <th className="py-2 pr-4">{s.columns.market}</th>
                <th className="py-2 pr-4">{s.columns.brand}</th>
                <th className="py-2 pr-4">{s.columns.environment}</th>
                <th className="py-2 pr-4">{s.columns.salesUnit}</th>
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
                    {unit.environment === settings.merchant.activeEnvironment
                      ? format(s.inUse, { environment: s.environments[unit.environment] })
                      : s.environments[unit.environment]}
                  </td>
                  <td className="py-2 pr-4">
                    {format(s.unitLine, { name: unit.name, msn: unit.msn, hint: unit.subscriptionKeyHint })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="policies-heading">
        <h2 id="policies-heading" className="text-lg font-semibold">
          {s.policiesHeading}
        </h2>
        <PoliciesForm merchant={settings.merchant} m={{ ...m.policies, saved: m.saved }} />
      </Card>
      <Card className="flex flex-col gap-4" aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="text-lg font-semibold">
          {s.staffHeading}
        </h2>
        <StaffTable staff={settings.staff} currentUserId={currentUserId} m={m.staff} />
        <InviteForm m={{ ...m.invite, roles: m.staff.roles }} />
      </Card>
    </div>
  );
}
