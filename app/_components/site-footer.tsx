import { getTranslator } from "@/lib/i18n/server";
import { publicShop } from "./public-shop";
import { LanguageSwitcher } from "@/components/customer/language-switcher";

/** The customer pages' footer: how to reach the shop, and the language switcher. */
export async function SiteFooter() {
  const [t, { shop, name }] = await Promise.all([getTranslator(), publicShop()]);
  return (
    <footer className="mt-12 border-t border-neutral-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-6 text-sm sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-1">
          <p>{t.format(t.m.nav.footerQuestions, { shop: name })}</p>
          {shop?.supportEmail ? (
            <a className="inline-flex min-h-11 items-center underline" href={`mailto:${shop.supportEmail}`}>
              {shop.supportEmail}
            </a>
          ) : null}
          {shop?.supportPhone ? (
            <a
              className="inline-flex min-h-11 items-center underline"
              href={`tel:${shop.supportPhone.replace(/\s/g, "")}`}
            >
              {shop.supportPhone}
            </a>
          ) : null}
        </div>
        <LanguageSwitcher locale={t.locale} label={t.m.language.label} />
      </div>
    </footer>
  );
}
