import { Card } from "@/components/ui/card";
import { DEMO_LOGINS } from "@/lib/demo-logins";

/** Demo mode only: the seeded logins, shown on the sign-in pages. */
export function DemoLogins({ role }: { role: "customer" | "staff" }) {
  const logins = DEMO_LOGINS.filter((login) => (role === "staff") === Boolean(login.password));
  return (
    <Card className="text-sm">
      <h2 className="mb-2 font-semibold">Demo logins</h2>
      <ul className="flex flex-col gap-1">
        {logins.map((login) => (
          <li key={login.email}>
            {login.role}: <code>{login.email}</code>
            {login.password ? (
              <>
                {" "}
                / <code>{login.password}</code>
              </>
            ) : (
              <>
                {" "}
                (sign-in link, see the{" "}
                <a className="underline" href="/dev/mailbox">
                  dev mailbox
                </a>
                )
              </>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
