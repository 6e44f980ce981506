import type { ReactNode } from "react";

/** The body of every "not found" and "something went wrong" page: a title, why, and ways on. */
export function LostPage({
  code,
  title,
  body,
  children,
}: {
  code: string;
  title: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-16">
      <p className="text-sm font-semibold tracking-wide text-neutral-600">{code}</p>
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="text-lg text-neutral-800">{body}</p>
      <nav aria-label={title} className="flex flex-wrap gap-3 pt-2">
        {children}
      </nav>
    </main>
  );
}
