import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@react-pdf/renderer"],
  poweredByHeader: false,
  // The container image (Dockerfile) builds a self-contained server with NEXT_OUTPUT=standalone.
  // Everywhere else `npm start` (next start) is the production start, and next start warns
  // about a standalone build, so it is built only where it is used.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  typedRoutes: false,
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [{ source: "/:path*", headers: Object.entries(staticSecurityHeaders(production)).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
