// Runs once when a server instance starts: starts the scheduler that publishes scheduled articles
// and the listener that expires what other instances' writes changed (lib/cache-broadcast.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("@/lib/scheduler");
  startScheduler();
  const { startCacheListener } = await import("@/lib/cache-listener");
  // Awaited: the instance takes no request until it hears other instances' changes.
  await startCacheListener();
}
