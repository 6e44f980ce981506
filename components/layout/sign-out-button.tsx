import { signOut } from "@/lib/auth";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/" });
      }}
    >
      <button
        type="submit"
        className="min-h-11 rounded-lg px-3 text-sm font-medium text-neutral-800 hover:bg-neutral-100"
      >
        {label}
      </button>
    </form>
  );
}
