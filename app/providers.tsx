"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createContext, useContext, useState, type ReactNode } from "react";
import type { TMessages } from "@/lib/i18n/messages/en";

// The error page is a client component and cannot read the server's translator; the root layout
// hands it just these few words in the visitor's language.
const ErrorTexts = createContext<TMessages["errorPage"] | null>(null);
export const useErrorTexts = () => useContext(ErrorTexts);

export function Providers({
  children,
  errorTexts,
}: {
  children: ReactNode;
  errorTexts: TMessages["errorPage"];
}) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true, retry: 2 } },
      }),
  );
  return (
    <ErrorTexts.Provider value={errorTexts}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ErrorTexts.Provider>
  );
}
