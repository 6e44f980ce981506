"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import { changeStaffRoleAction, setStaffDisabledAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

export function StaffTable({
  staff,
  currentUserId,
  m,
}: {
  staff: TSettings["staff"];
  currentUserId: string;
  m: TAdminMessages["staff"];
}) {
  const role = useActionForm(changeStaffRoleAction);
  const disable = useActionForm(setStaffDisabledAction);
  const error = role.formError ?? disable.formError;
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ScrollBox label={m.table}>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-300">
              <th className="py-2 pr-4">{m.person}</th>
              <th className="py-2 pr-4">{m.role}</th>
              <th className="py-2 pr-4">{m.status}</th>
              <th className="py-2 pr-4">
                <span className="sr-only">{m.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((person) => {
              const self = person.id === currentUserId;
              const busy = role.isPending || disable.isPending;
              const who = `${person.name ? `${person.name} · ` : ""}${person.email}`;
              return (
                <tr key={person.id} className="border-b border-neutral-200">
                  <td className="py-2 pr-4">{self ? format(m.self, { person: who }) : who}</td>
                  <td className="py-2 pr-4">{person.role === "ADMIN" ? m.roles.ADMIN : m.roles.SUPPORT}</td>
                  <td className="py-2 pr-4">
                    {person.disabled ? (
                      <Badge tone="red">{m.disabled}</Badge>
                    ) : person.pending ? (
                      <Badge tone="amber">{m.invited}</Badge>
                    ) : (
                      <Badge tone="green">{m.active}</Badge>
                    )}
                  </td>
                  <td className="flex flex-wrap gap-2 py-2 pr-4">
                    {self ? null : (
                      <>
                        <Button
                          type="button"
                          variant="secondary"
                          disabled={busy}
                          onClick={() =>
                            role.execute({
                              userId: person.id,
                              role: person.role === "ADMIN" ? "SUPPORT" : "ADMIN",
                            })
                          }
                        >
                          {format(person.role === "ADMIN" ? m.makeSupport : m.makeAdmin, {
                            email: person.email,
                          })}
                        </Button>
                        <Button
                          type="button"
                          variant={person.disabled ? "secondary" : "danger"}
                          disabled={busy}
                          onClick={() => disable.execute({ userId: person.id, disabled: !person.disabled })}
                        >
                          {format(person.disabled ? m.enable : m.disable, { email: person.email })}
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
