/**
 * Mail as people meet it: the cron endpoint only answers its secret, a reminder's link takes
 * a deelnemer (through sign-in) to their tool, and a mail the provider refuses shows up in the
 * admin outbox, where it can be sent again.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { addAmsterdamDays } from "@/lib/jobs/schedule";
import { baseUrl, launchBrowser, linksIn, loginAs, mailsTo, newPage, waitForMail } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const tick = (body: unknown = {}, secret: string | null = inject("cronSecret")) =>
  fetch(`${baseUrl()}/api/cron/tick`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === null ? {} : { authorization: `Bearer ${secret}` }) },
    body: JSON.stringify(body),
  });

describe("mail", () => {
  it("the cron endpoint refuses a missing or wrong secret and runs a tick with the right one", async () => {
    expect((await tick({}, null)).status).toBe(401);
    expect((await tick({}, "verkeerd-geheim-verkeerd-geheim")).status).toBe(401);
    const ok = await tick();
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { sweep: { scans: number } };
    expect(body.sweep.scans).toBeGreaterThanOrEqual(1);
  });

  it("a reminder's link leads the deelnemer through sign-in to their analysetool", async () => {
    const tilburg = DEMO_SCANS[1]!;
    // The inline scheduler invites Tilburg's deelnemers as soon as the server runs (W−21 has passed).
    await waitForMail("deelnemer.ondermijning@tilburg.example", (m) => m.subject.startsWith("Vul de analysetool in"));
    const candidates = tilburg.members.filter((m) => m.rol).map((m) => m.email);
    // The seed puts the workshop (W) 16 days ahead: 7 days from now is past W−10 and before the deadline (W−7).
    const res = await tick({ now: addAmsterdamDays(new Date(), 7).toISOString() });
    expect(res.status).toBe(200);
    // Whoever has not submitted gets one; the tick queues and sends in the same request.
    let reminder: Awaited<ReturnType<typeof mailsTo>>[number] | undefined;
    let recipient = "";
    for (const e of candidates) {
      reminder = (await mailsTo(e)).find((x) => x.subject.startsWith("Herinnering"));
      if (reminder) {
        recipient = e;
        break;
      }
    }
    expect(reminder, "a reminder to a Tilburg deelnemer").toBeDefined();
    const link = linksIn(reminder!).find((l) => l.endsWith(`/scans/${tilburg.id}/analysetool`));
    expect(link).toBeDefined();
    const page = await newPage(browser);
    await page.goto(link!);
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    await loginAs(page, recipient, { stay: true });
    expect(new URL(page.url()).pathname).toBe(`/scans/${tilburg.id}/analysetool`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).not.toBe("Pagina niet gevonden");
    expect(await page.locator("main").innerText()).toContain("Analysetool");
    await page.context().close();
  });

  it("a mail the provider refuses shows in the admin outbox and can be sent again", async () => {
    const target = "deelnemer.ict@breda.example";
    await fetch(`${inject("resendUrl")}/__behaviour`, {
      method: "POST",
      body: JSON.stringify({ to: target, status: 422, body: { statusCode: 422, name: "validation_error", message: "Adres geweigerd" } }),
    });
    const visitor = await newPage(browser);
    await visitor.goto("/inloggen");
    await visitor.getByLabel("E-mailadres").fill(target);
    await visitor.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await visitor.waitForURL("**/controleer-je-mail");
    await visitor.context().close();

    const admin = await newPage(browser);
    await loginAs(admin, DEMO.admin.email);
    await admin.goto("/beheer/outbox?status=failed");
    const row = admin.locator("tr", { hasText: target });
    await expect
      .poll(
        async () => {
          await admin.reload();
          return row.count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    expect(await row.innerText()).toContain("Mislukt");
    expect(await row.innerText()).toContain("Adres geweigerd");
    await row.getByRole("button", { name: "Opnieuw versturen" }).click();
    await admin.waitForURL("**/beheer/outbox?status=pending&melding=opnieuw");
    await waitForMail(target, (m) => m.subject.includes("inloglink"));
    await admin.goto("/beheer/outbox?status=failed");
    expect(await admin.locator("tr", { hasText: target }).count()).toBe(0);
    await admin.context().close();
  });
});
