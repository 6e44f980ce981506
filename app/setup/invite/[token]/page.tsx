import type { Metadata } from "next";
import { AcceptInviteForm } from "./_components/accept-invite-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requestServerContext } from "@/lib/auth/server-context";
import { getInvite } from "@/lib/server/admin/get-invite";

export const metadata: Metadata = { title: "Accept invitation" };
export const dynamic = "force-dynamic";

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getInvite(await requestServerContext(), token);
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">Choose your password</h1>
      {invite ? (
        <Card className="flex flex-col gap-4">
          <p>
            You are joining as {invite.role === "ADMIN" ? "an admin" : "a support agent"}, signing in as{" "}
            <strong>{invite.email}</strong>.
          </p>
          <AcceptInviteForm token={token} name={invite.name ?? ""} />
        </Card>
      ) : (
        <Alert tone="error">This invitation link is used or has expired. Ask an admin for a new one.</Alert>
      )}
    </main>
  );
}
