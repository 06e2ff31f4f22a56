/**
 * The outbox worker against a fake Resend on loopback, through the real SDK: sent once with
 * the provider id recorded, transient failures retried with backoff, permanent ones failed
 * at once with the error kept for the admin.
 */

import { eq } from "drizzle-orm";
import { createElement } from "react";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { emailOutbox } from "@/db/schema";
import { InloglinkMail } from "@/emails/inloglink";
import { OverzichtDeadlineMail } from "@/emails/overzicht-deadline";
import { enqueueMail } from "@/lib/mail/outbox";
import { resendTransport } from "@/lib/mail/transport";
import { backoffMs, processOutbox } from "@/lib/mail/worker";
import { startFakeResend, type TFakeResend } from "../support/fake-resend";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();

/** Collects what the worker writes to stderr (the logger's error level) until restored. */
function captureErrorLog() {
  const spy = vi.spyOn(console, "error").mockImplementation(() => {});
  let kept: string[] | null = null;
  const raw = () => kept ?? spy.mock.calls.map((c) => c.map(String).join(" "));
  return {
    raw,
    events: (event: string) =>
      raw()
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        })
        .filter((l) => l.event === event),
    restore: () => {
      kept = raw(); // mockRestore forgets the calls
      spy.mockRestore();
    },
  };
}

/** No address, subject or body of the mail (or of the provider's error about it) in a log line. */
function expectNoPersonalData(lines: string[]) {
  for (const l of lines) {
    expect(l).not.toMatch(/@|ontvanger|Onderwerp|Klik op de knop|localhost:3000\/x|Ongeldig adres/);
  }
}

describe.each(drivers)("outbox worker on %s", (driver) => {
  let t: TTestDb;
  let fake: TFakeResend;
  let transport: ReturnType<typeof resendTransport>;
  beforeAll(async () => {
    t = await createTestDb(driver);
    fake = await startFakeResend();
    transport = resendTransport("re_test", fake.url, { timeoutMs: 300 });
  });
  afterAll(async () => {
    await fake?.close();
    await t?.drop();
  });
  beforeEach(async () => {
    fake.reset();
    await t.db.delete(emailOutbox);
  });

  // The worker below runs on this process's clock (no `now` given), so the mail is queued on it too.
  const queue = (key: string, now = new Date()) =>
    enqueueMail(
      t.db,
      {
        idempotencyKey: key,
        kind: "test",
        to: "ontvanger@gemeente.example",
        subject: "Onderwerp",
        body: createElement(InloglinkMail, { url: "http://localhost:3000/x", geldigTot: "12:00" }),
      },
      now,
    );
  const row = async (key: string) => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key)))[0]!;

  it("queues a key once, sends it once and records the provider id", async () => {
    expect(await queue("k/1")).toBe(1);
    expect(await queue("k/1")).toBe(0);
    const r = await processOutbox(t.db, { transport });
    expect(r).toMatchObject({ claimed: 1, sent: 1 });
    const mail = await row("k/1");
    expect(mail.status).toBe("sent");
    expect(mail.providerId).toBe(fake.mails[0]!.id);
    expect(fake.mails[0]!.idempotencyKey).toBe("k/1");
    expect(fake.mails[0]!.text).toContain("Klik op de knop");
    expect((await processOutbox(t.db, { transport })).claimed).toBe(0);
  });

  it("queues subject and body without right-to-left overrides, markup escaped", async () => {
    await enqueueMail(
      t.db,
      {
        idempotencyKey: "k/bidi",
        kind: "test",
        to: "ontvanger@gemeente.example",
        subject: "Scan van gemeente \u202egnp.exe<b>",
        body: createElement(OverzichtDeadlineMail, {
          ...OverzichtDeadlineMail.PreviewProps,
          gemeente: "\u202egnp.exe<b>",
          ingediend: ["\u2066Naam\u2069"],
          nietIngediend: [],
        }),
      },
      new Date(),
    );
    const mail = await row("k/bidi");
    expect(mail.subject).toBe("Scan van gemeente gnp.exe<b>");
    expect(mail.html + mail.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(mail.html).toContain("gnp.exe&lt;b&gt;");
    expect(mail.html).not.toContain("<b>");
  });

  it("retries 500s and a timeout with backoff, then sends exactly once", async () => {
    await queue("k/2");
    fake.enqueue({ status: 500 }, { hang: true }, { status: 503 });
    let now = new Date();
    for (let i = 0; i < 3; i++) {
      const r = await processOutbox(t.db, { transport, now });
      expect(r.retried).toBe(1);
      const mail = await row("k/2");
      expect(mail.status).toBe("pending");
      expect(mail.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + backoffMs(i + 1) - 1);
      // Not due again before the backoff has passed.
      expect((await processOutbox(t.db, { transport, now })).claimed).toBe(0);
      now = new Date(mail.nextAttemptAt.getTime() + 1);
    }
    const r = await processOutbox(t.db, { transport, now });
    expect(r.sent).toBe(1);
    expect(fake.mails).toHaveLength(1);
    expect(fake.requests.map((x) => x.idempotencyKey)).toEqual(["k/2", "k/2", "k/2", "k/2"]);
    expect((await row("k/2")).attempts).toBe(4);
  });

  it("honours retry-after on a 429", async () => {
    await queue("k/3");
    fake.enqueue({ status: 429, headers: { "retry-after": "600" } });
    const now = new Date();
    await processOutbox(t.db, { transport, now });
    expect((await row("k/3")).nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 600_000);
  });

  it("sends after three 429s, each time waiting at least as long as retry-after asked", async () => {
    await queue("k/9");
    const asked = [120, 600, 1800];
    fake.enqueue(...asked.map((s) => ({ status: 429, headers: { "retry-after": String(s) } })));
    let now = new Date();
    for (const seconds of asked) {
      const r = await processOutbox(t.db, { transport, now });
      expect(r).toMatchObject({ claimed: 1, retried: 1, sent: 0, failed: 0 });
      const mail = await row("k/9");
      expect(mail.status).toBe("pending");
      // The provider's wait wins over our own (shorter) backoff.
      expect(mail.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + seconds * 1000);
      expect(seconds * 1000).toBeGreaterThan(backoffMs(mail.attempts));
      // A second before that moment the mail is not due: nothing is sent early.
      expect((await processOutbox(t.db, { transport, now: new Date(now.getTime() + seconds * 1000 - 1000) })).claimed).toBe(0);
      now = new Date(mail.nextAttemptAt.getTime() + 1);
    }
    const r = await processOutbox(t.db, { transport, now });
    expect(r).toMatchObject({ claimed: 1, sent: 1 });
    const mail = await row("k/9");
    expect(mail).toMatchObject({ status: "sent", attempts: 4, lastError: null, providerId: fake.mails[0]!.id });
    expect(fake.requests.map((x) => x.status)).toEqual([429, 429, 429, 200]);
    expect(fake.mails).toHaveLength(1);
  });

  it("fails a 422 at once and keeps the error", async () => {
    await queue("k/4");
    fake.enqueue({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Ongeldig adres" } });
    const r = await processOutbox(t.db, { transport });
    expect(r.failed).toBe(1);
    const mail = await row("k/4");
    expect(mail.status).toBe("failed");
    expect(mail.lastError).toContain("422");
    expect(mail.lastError).toContain("Ongeldig adres");
  });

  it("gives up after the maximum number of attempts, calls the provider no more than that, and logs one alert without the address", async () => {
    await queue("k/5");
    const id = (await row("k/5")).id;
    const lines = captureErrorLog();
    let now = new Date();
    // Far more rounds than attempts, each after the backoff: no tight loop, no call after giving up.
    for (let i = 0; i < 10; i++) {
      fake.enqueue({ status: 500 });
      await processOutbox(t.db, { transport, now, maxAttempts: 3 });
      now = new Date(Math.max(now.getTime(), (await row("k/5")).nextAttemptAt.getTime()) + 86_400_000);
    }
    lines.restore();
    const mail = await row("k/5");
    expect(mail.status).toBe("failed");
    expect(mail.attempts).toBe(3);
    expect(fake.requests).toHaveLength(3);
    const alerts = lines.events("mail.gave_up");
    expect(alerts).toEqual([
      expect.objectContaining({
        level: "error",
        event: "mail.gave_up",
        outboxId: id,
        kind: "test",
        attempts: 3,
        reason: "max_attempts",
        status: "500",
      }),
    ]);
    expectNoPersonalData(lines.raw());
  });

  it("logs one alert without the address when the provider refuses a mail for good", async () => {
    await queue("k/7");
    const lines = captureErrorLog();
    // Resend's message may quote the address; the row keeps it for the admin, the log does not.
    fake.enqueue({
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "Ongeldig adres ontvanger@gemeente.example" },
    });
    await processOutbox(t.db, { transport });
    await processOutbox(t.db, { transport, now: new Date(Date.now() + 86_400_000) });
    lines.restore();
    expect(fake.requests).toHaveLength(1);
    expect(lines.events("mail.gave_up")).toEqual([
      expect.objectContaining({ outboxId: (await row("k/7")).id, kind: "test", reason: "permanent", status: "422" }),
    ]);
    expectNoPersonalData(lines.raw());
  });

  it("logs nothing about a mail that is sent or will be retried", async () => {
    await queue("k/8");
    const lines = captureErrorLog();
    fake.enqueue({ status: 500 });
    let now = new Date();
    await processOutbox(t.db, { transport, now });
    now = new Date((await row("k/8")).nextAttemptAt.getTime() + 1);
    await processOutbox(t.db, { transport, now });
    lines.restore();
    expect((await row("k/8")).status).toBe("sent");
    expect(lines.events("mail.gave_up")).toEqual([]);
  });

  it("re-sends with the same key after a worker died between send and update", async () => {
    await queue("k/6");
    // A worker that claims and sends, then never gets to record the outcome (killed mid-run).
    const hanging = {
      name: "hangt",
      send: async (m: Parameters<typeof transport.send>[0]) => {
        await transport.send(m);
        return new Promise<never>(() => {});
      },
    };
    const now = new Date();
    void processOutbox(t.db, { transport: hanging, now, leaseMs: 1000 });
    await expect.poll(() => fake.requests.length).toBe(1);
    // Still claimed: invisible until the lease runs out.
    expect((await processOutbox(t.db, { transport, now })).claimed).toBe(0);
    const later = new Date(now.getTime() + 2_000);
    const r = await processOutbox(t.db, { transport, now: later });
    expect(r.sent).toBe(1);
    expect((await row("k/6")).status).toBe("sent");
    expect(fake.requests.filter((x) => x.idempotencyKey === "k/6")).toHaveLength(2);
    expect(fake.mails.filter((m) => m.idempotencyKey === "k/6")).toHaveLength(1);
  }, 10_000);
});
