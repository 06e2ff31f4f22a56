import type { TOutboxStatus } from "@/db/schema";

export const OUTBOX_STATUSES_IN_ORDER: TOutboxStatus[] = ["failed", "pending", "sent"];
