"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import { changeStaffRoleAction, setStaffDisabledAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";

export function StaffTable({ staff, currentUserId }: { staff: TSettings["staff"]; currentUserId: string }) {
  const role = useActionForm(changeStaffRoleAction);
  const disable = useActionForm(setStaffDisabledAction);
  const error = role.formError ?? disable.formError;
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ScrollBox label="Staff">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-300">
              <th className="py-2 pr-4">Person</th>
              <th className="py-2 pr-4">Role</th>
              <th className="py-2 pr-4">Status</th>
              <th className="py-2 pr-4">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((person) => {
              const self = person.id === currentUserId;
              const busy = role.isPending || disable.isPending;
              return (
                <tr key={person.id} className="border-b border-neutral-200">
                  <td className="py-2 pr-4">
                    {person.name ? `${person.name} · ` : ""}
                    {person.email}
                    {self ? " (you)" : ""}
                  </td>
                  <td className="py-2 pr-4">{person.role === "ADMIN" ? "Admin" : "Support agent"}</td>
                  <td className="py-2 pr-4">
                    {person.disabled ? (
                      <Badge tone="red">Disabled</Badge>
                    ) : person.pending ? (
                      <Badge tone="amber">Invited</Badge>
                    ) : (
                      <Badge tone="green">Active</Badge>
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
                          {person.role === "ADMIN"
                            ? `Make ${person.email} support agent`
                            : `Make ${person.email} admin`}
                        </Button>
                        <Button
                          type="button"
                          variant={person.disabled ? "secondary" : "danger"}
                          disabled={busy}
                          onClick={() => disable.execute({ userId: person.id, disabled: !person.disabled })}
                        >
                          {person.disabled ? `Enable ${person.email}` : `Disable ${person.email}`}
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
