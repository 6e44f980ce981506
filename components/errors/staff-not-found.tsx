import { LostPage } from "@/components/errors/lost-page";
import { ButtonLink } from "@/components/ui/button";

/** A missing customer, agreement or charge inside the staff console: the console stays around it. */
export function StaffNotFound() {
  return (
    <LostPage
      code="404"
      title="Not found"
      body="Nothing has this id, or it was removed. Search for the customer, agreement or charge instead."
    >
      <ButtonLink href="/support">Search</ButtonLink>
      <ButtonLink href="/support/work" variant="secondary">
        Work lists
      </ButtonLink>
    </LostPage>
  );
}
