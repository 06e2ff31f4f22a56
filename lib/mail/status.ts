import type { TOutboxStatus } from "@/db/schema";

export const OUTBOX_STATUS_LABELS: Record<TOutboxStatus, string> = {
  pending: "Wacht op verzending",
  sent: "Verzonden",
  failed: "Mislukt",
};

/** The order the outbox page lists them in: what needs attention first. */
export const OUTBOX_STATUSES_IN_ORDER: TOutboxStatus[] = ["failed", "pending", "sent"];
