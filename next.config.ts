import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@react-pdf/renderer"],
  poweredByHeader: false,
  // A self-contained server for container images (Dockerfile); `next start` keeps working.
  output: "standalone",
  typedRoutes: false,
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [{ source: "/:path*", headers: Object.entries(staticSecurityHeaders(production)).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
