import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TFakeMail = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string; contentType?: string }[];
  receivedAt: string;
};

/** What the fake does with the next requests: answer normally, fail with a status, or hang. */
export type TFakeBehaviour = ({ status: number; body?: unknown; headers?: Record<string, string> } | { hang: true }) & {
  /** Only for mails to this address; others pass by untouched. */
  to?: string;
};

/**
 * A stand-in for Resend's HTTP API on loopback (POST /emails), so tests exercise the real
 * SDK and our real mail code. It also answers GET /__mails for tests in other processes.
 * Like Resend, a repeated Idempotency-Key returns the first answer and records nothing new.
 */
export async function startFakeResend(port = 0, opts: { delayMs?: number } = {}) {
  const mails: TFakeMail[] = [];
  const requests: { idempotencyKey: string | null; status: number }[] = [];
  const queue: TFakeBehaviour[] = [];
  const seen = new Map<string, string>();
  let counter = 0;

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = "";
      req.on("data", (c) => (data += c));
      req.on("end", () => resolve(data));
    });

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/__mails") {
      const to = url.searchParams.get("to");
      return json(res, 200, to ? mails.filter((m) => m.to.includes(to)) : mails);
    }
    if (req.method === "POST" && url.pathname === "/__behaviour") {
      const b = JSON.parse((await readBody(req)) || "{}") as TFakeBehaviour;
      queue.push(b);
      return json(res, 200, { queued: queue.length });
    }
    if (req.method === "POST" && url.pathname === "/emails") {
      const body = JSON.parse((await readBody(req)) || "{}");
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      const recipients: string[] = Array.isArray(body.to) ? body.to : [body.to];
      const index = queue.findIndex((b) => !b.to || recipients.includes(b.to));
      const behaviour = index >= 0 ? queue.splice(index, 1)[0] : undefined;
      if (behaviour && "hang" in behaviour) {
        requests.push({ idempotencyKey: key, status: 0 });
        return; // never answers: the client's timeout must fire
      }
      if (behaviour && behaviour.status !== 200) {
        requests.push({ idempotencyKey: key, status: behaviour.status });
        return json(res, behaviour.status, behaviour.body ?? { statusCode: behaviour.status, name: "fake_error", message: "Nep-fout" }, behaviour.headers);
      }
      requests.push({ idempotencyKey: key, status: 200 });
      if (key && seen.has(key)) return json(res, 200, { id: seen.get(key) });
      const id = `fake-${++counter}`;
      if (key) seen.set(key, id);
      mails.push({
        id,
        idempotencyKey: key,
        from: body.from,
        to: Array.isArray(body.to) ? body.to : [body.to],
        subject: body.subject,
        html: body.html ?? "",
        text: body.text ?? "",
        attachments: body.attachments ?? [],
        receivedAt: new Date().toISOString(),
      });
      return json(res, 200, { id });
    }
    json(res, 404, { message: "not found" });
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    mails,
    requests,
    /** Queue behaviours for the next requests, in order. */
    enqueue: (...b: TFakeBehaviour[]) => queue.push(...b),
    reset: () => {
      mails.length = 0;
      requests.length = 0;
      queue.length = 0;
      seen.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TFakeResend = Awaited<ReturnType<typeof startFakeResend>>;
