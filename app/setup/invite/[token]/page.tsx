import type { Metadata } from "next";
import { AcceptInviteForm } from "./_components/accept-invite-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { fillMessage } from "@/components/admin/fill-message";
import { requestServerContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { getInvite } from "@/lib/server/admin/get-invite";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.acceptInvite.title };
}
export const dynamic = "force-dynamic";

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, t] = await Promise.all([getInvite(await requestServerContext(), token), getTranslator()]);
  const m = t.m.admin.acceptInvite;
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">{m.heading}</h1>
      {invite ? (
        <Card className="flex flex-col gap-4">
          <p>
            {fillMessage(invite.role === "ADMIN" ? m.joiningAdmin : m.joiningSupport, {
              email: <strong>{invite.email}</strong>,
            })}
          </p>
          <AcceptInviteForm token={token} name={invite.name ?? ""} m={{ ...m, saving: t.m.admin.saving }} />
        </Card>
      ) : (
        <Alert tone="error">{m.expired}</Alert>
      )}
    </main>
  );
}
