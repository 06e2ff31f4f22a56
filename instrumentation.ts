export async function register() {
  // Only in the Node.js server process, never during `next build` or on the edge.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // First, so no request is served before it carries its TCP peer's address.
    const { stampPeerAddresses } = await import("./lib/security/peer-address");
    stampPeerAddresses();
    const { startRuntime } = await import("./lib/jobs/runtime");
    await startRuntime();
  }
}
