import { LostPage } from "@/components/errors/lost-page";
import { ButtonLink } from "@/components/ui/button";
import { getTranslator } from "@/lib/i18n/server";

/** A missing customer, agreement or charge inside the staff console: the console stays around it. */
export async function StaffNotFound() {
  const words = (await getTranslator()).m.staff;
  return (
    <LostPage code="404" title={words.notFoundTitle} body={words.notFoundBody}>
      <ButtonLink href="/support">{words.search}</ButtonLink>
      <ButtonLink href="/support/work" variant="secondary">
        {words.work}
      </ButtonLink>
    </LostPage>
  );
}
