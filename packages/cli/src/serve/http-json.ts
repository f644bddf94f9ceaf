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

/** The request body parsed as JSON, or an HTTP status and message for the client. */
export async function readJsonBody(
  request: IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false; status: number; message: string }> {
  const type = request.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, status: 415, message: "send the body as application/json" };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return { ok: false, status: 413, message: "the body is too large" };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, message: "the body is not valid JSON" };
  }
}
