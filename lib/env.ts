import * as z from "zod";

const ZProductionEnv = z.object({
  AUTH_SECRET: z.string({ error: "AUTH_SECRET ontbreekt" }).min(32, { error: "AUTH_SECRET moet minstens 32 tekens zijn" }),
  CRON_SECRET: z.string({ error: "CRON_SECRET ontbreekt" }).min(16, { error: "CRON_SECRET moet minstens 16 tekens zijn" }),
  // Every instance must share it, or a server action rendered by one fails on another.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string({ error: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ontbreekt" })
    .refine((v) => Buffer.from(v, "base64").length === 32, { error: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY moet 32 bytes in base64 zijn" }),
});

/**
 * A production server refuses to start without its secrets, rather than starting and
 * failing on the first sign-in or cron call. Returns the problems; empty when all is well.
 */
export function productionEnvProblems(env: Record<string, string | undefined> = process.env): string[] {
  const parsed = ZProductionEnv.safeParse(env);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}
