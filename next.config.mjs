// Environment is validated at server start (instrumentation.ts) and by scripts/start.ts.
import { SECURITY_HEADERS } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let parallel test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm run bench account` builds with ABO_BENCH_PAGES=1 (in its own distDir) to add its floor
  // pages, app/**/page.bench.tsx; no other build has them.
  pageExtensions: ["tsx", "ts", "jsx", "js", ...(process.env.ABO_BENCH_PAGES === "1" ? ["bench.tsx"] : [])],
  // `npm test` typechecks the whole project with tsc before building; the build need not do it
  // again (and would rewrite tsconfig.json for every custom distDir).
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pino", "pg", "pg-boss", "nodemailer"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: SECURITY_HEADERS,
      },
    ];
  },
};

export default nextConfig;
