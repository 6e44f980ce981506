// The account benchmark's second floor: an empty page inside the account layout, to tell the
// layout's cost (session, shop, header, footer) from the page's. Only in ABO_BENCH_PAGES=1 builds.
export const dynamic = "force-dynamic";

export default function BenchEmptyAccountPage() {
  return null;
}
