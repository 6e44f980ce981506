import { Alert } from "@/components/ui/alert";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";

export default async function CheckEmailPage() {
  const { m } = await getTranslator();
  return (
    <main className="mx-auto flex max-w-md flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-semibold">{m.signIn.checkEmailTitle}</h1>
      <Alert tone="info">{m.signIn.checkEmailBody}</Alert>
      {env().DEMO_MODE && !env().SMTP_URL ? (
        <p className="text-sm">
          No mail server is set up here: open the{" "}
          <a className="underline" href="/dev/mailbox">
            dev mailbox
          </a>
          .
        </p>
      ) : null}
    </main>
  );
}
