// Runs once when the Next.js server starts (Node.js only): a bad environment stops it with one line.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
