"use client";

// Only when the root layout itself fails (the database is down at first byte, say): no layout, no
// translations to lean on, so plain words in English and Norwegian and one way on.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "36rem",
          margin: "4rem auto",
          padding: "0 1rem",
        }}
      >
        <main id="main">
          <h1>Something went wrong · Noe gikk galt</h1>
          <p>We could not show this page. Nothing was changed. Please try again in a minute.</p>
          <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
            Try again · Prøv igjen
          </button>
        </main>
      </body>
    </html>
  );
}
