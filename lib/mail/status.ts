import type { TOutboxStatus } from "@/db/schema";

export const OUTBOX_STATUS_LABELS: Record<TOutboxStatus, string> = {
  pending: "Wacht op verzending",
  sent: "Verzonden",
  failed: "Mislukt",
};
