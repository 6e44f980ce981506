"use client";

import { useEffect } from "react";
import { LostPage } from "@/components/errors/lost-page";
import { Button, ButtonLink } from "@/components/ui/button";
import { useErrorTexts } from "./providers";

// A page that threw: the visitor sees what happened in words and a way on; the details stay in the
// server log (Next sends only the digest, which support can look up).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const m = useErrorTexts();
  useEffect(() => {
    document.title = m?.errorTitle ?? "Something went wrong";
  }, [m]);
  return (
    <LostPage
      code={error.digest ? `${m?.reference ?? "Reference"} ${error.digest}` : "500"}
      title={m?.errorTitle ?? "Something went wrong"}
      body={m?.errorBody ?? "We could not show this page. Nothing was changed. Try again in a minute."}
    >
      <Button onClick={reset}>{m?.tryAgain ?? "Try again"}</Button>
      <ButtonLink href="/" variant="secondary">
        {m?.goHome ?? "Go to the front page"}
      </ButtonLink>
    </LostPage>
  );
}
