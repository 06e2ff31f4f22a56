export async function register() {
  // Only in the Node.js server process, never during `next build` or on the edge.
  // NEXT_RUNTIME stays a direct read: Next replaces it at build time per bundle (define-env),
  // which is what drops the Node-only imports below from the edge bundle. Everything else,
  // NEXT_PHASE included (a plain run-time variable `next build` sets), goes through lib/env.ts.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    if (env("NEXT_PHASE") === "phase-production-build") return;
    // First, so no request is served before it carries its TCP peer's address.
    const { stampPeerAddresses } = await import("./lib/security/peer-address");
    stampPeerAddresses();
    const { startRuntime } = await import("./lib/jobs/runtime");
    await startRuntime();
  }
}
