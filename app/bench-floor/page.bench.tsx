import { requireCustomer } from "@/lib/auth/guards";

// The account benchmark's floor: an empty dynamic page behind the same proxy, session check and
// root layout as /account. A page only in builds made with ABO_BENCH_PAGES=1 (next.config.mjs
// adds the ".bench.tsx" page extension then); every other build has no such route.
export const dynamic = "force-dynamic";

export default async function BenchFloorPage() {
  await requireCustomer("/bench-floor");
  return <main id="main" />;
}
