import type { IncomingMessage, ServerResponse } from "node:http";

/** Larger bodies are refused; a whole repository of config files is far smaller. */
const maxBodyBytes = 64 * 1024 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  response.end(text);
}

export function sendError(
  response: ServerResponse,
  status: number,
  error: string,
  details: object = {},
): void {
  sendJson(response, status, { error, ...details });
}

/** An HTTP status and a message for the client. */
type BodyRefusal = { ok: false; status: number; message: string };

/**
 * The request body parsed as JSON, or an HTTP status and message for the client: 415 not JSON,
 * 413 too large, 408 not finished within `timeoutMs` of the call, 400 not valid JSON or cut off.
 */
export async function readJsonBody(
  request: IncomingMessage,
  timeoutMs: number,
): Promise<{ ok: true; value: unknown } | BodyRefusal> {
  const type = request.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, status: 415, message: "send the body as application/json" };
  }
  const body = await readBody(request, timeoutMs);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(body.bytes.toString("utf8")) };
  } catch {
    return { ok: false, status: 400, message: "the body is not valid JSON" };
  }
}

function readBody(
  request: IncomingMessage,
  timeoutMs: number,
): Promise<{ ok: true; bytes: Buffer } | BodyRefusal> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) finish({ ok: false, status: 413, message: "the body is too large" });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: Buffer.concat(chunks) });
    const onError = () => finish({ ok: false, status: 400, message: "the body was cut off" });
    // the request is left open (not destroyed) so the answer can still be sent
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          status: 408,
          message: `the body did not arrive within ${timeoutMs / 1000} s; send it again`,
        }),
      timeoutMs,
    );
    const finish = (result: Awaited<ReturnType<typeof readBody>>) => {
      clearTimeout(timer);
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
      resolve(result);
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
  });
}
