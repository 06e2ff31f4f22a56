import { defineScanRoute, plainNotFound } from "@/lib/auth/scan-route";
import { loadRondeStand } from "@/lib/data/rondes";
import { volgWorkshop } from "@/lib/live/workshop-live";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Many votes in a burst become one message: a screen is redrawn at most this often. */
const BUNDEL_MS = 150;
const HARTSLAG_MS = 25_000;

/**
 * Server-sent events for every screen of a workshop (issue 18): a `stand` message with the
 * round that is open and its counts whenever a round of this scan changes on any instance.
 * Counts only, and the distribution only once revealed; nothing names a member.
 */
export const GET = defineScanRoute(
  "workshopLive",
  "scan.view",
  { notFound: plainNotFound("Deze scan bestaat niet of je hebt er geen toegang toe.") },
  async (req, { params: { scanId } }) => {
    const encoder = new TextEncoder();
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let wacht: ReturnType<typeof setTimeout> | null = null;
        let dicht = false;
        const stuur = async () => {
          wacht = null;
          if (dicht) return;
          const stand = await loadRondeStand(scanId);
          const zichtbaar =
            stand.ronde && !stand.ronde.onthuld
              ? { ...stand.ronde, uitslag: { ...stand.ronde.uitslag, verdeling: null, weetNiet: null, mediaan: null } }
              : stand.ronde;
          controller.enqueue(encoder.encode(`event: stand\ndata: ${JSON.stringify({ ronde: zichtbaar, leden: stand.leden })}\n\n`));
        };
        const hartslag = setInterval(() => controller.enqueue(encoder.encode(": hartslag\n\n")), HARTSLAG_MS);
        const afmelden = await volgWorkshop(scanId, () => {
          // A failed read must not end the stream silently: the next change tries again.
          wacht ??= setTimeout(() => void stuur().catch((err) => log.error("workshop.live_stand", err, { scanId })), BUNDEL_MS);
        });
        stop = () => {
          if (dicht) return;
          dicht = true;
          clearInterval(hartslag);
          if (wacht) clearTimeout(wacht);
          afmelden();
          try {
            controller.close();
          } catch {}
        };
        req.signal.addEventListener("abort", stop);
        await stuur();
      },
      cancel() {
        stop();
      },
    });
    return new Response(stream, {
      headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" },
    });
  },
);
