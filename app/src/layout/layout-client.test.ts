import { describe, expect, it } from "vitest";
import { createLayoutClient } from "./layout-client.ts";
import { packLayout } from "./layout-packing.ts";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol.ts";

/** A stand-in for the worker: answers when told to, in any order. */
class FakeWorker {
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: LayoutRequest[] = [];
  terminated = false;
  postMessage(request: LayoutRequest) {
    this.requests.push(request);
  }
  answer(request: LayoutRequest, x = 0) {
    const positions = Object.fromEntries(request.nodes.map((node) => [node.id, { x, y: 0 }]));
    const layout = packLayout(request.nodes, request.edges, positions, {});
    this.onmessage?.({
      data: { id: request.id, layout, workerMs: 5, heldMs: 0 },
    } as MessageEvent<LayoutResponse>);
  }
  terminate() {
    this.terminated = true;
  }
}

const nodes = [{ id: "vpc/main", width: 240, height: 64 }];

function setup() {
  const worker = new FakeWorker();
  let started = 0;
  const client = createLayoutClient(() => {
    started++;
    return worker as unknown as Worker;
  });
  return { worker, client, started: () => started };
}

describe("the layout client", () => {
  it("starts the worker once, when warmed", () => {
    const { client, started } = setup();
    client.warm();
    client.warm();
    expect(started()).toBe(1);
  });

  it("answers a layout with the worker's positions", async () => {
    const { worker, client } = setup();
    const result = client.layout(nodes, []);
    worker.answer(worker.requests[0]!, 7);
    expect(await result).toMatchObject({ positions: { "vpc/main": { x: 7, y: 0 } } });
  });

  it("drops a stale answer: an older request resolves null", async () => {
    const { worker, client } = setup();
    const older = client.layout(nodes, []);
    const newer = client.layout(nodes, []);
    const [first, second] = worker.requests;
    worker.answer(second!, 2);
    worker.answer(first!, 1);
    expect(await older).toBeNull();
    expect(await newer).toMatchObject({ positions: { "vpc/main": { x: 2, y: 0 } } });
  });

  it("rejects when the worker reports an error, and when it fails to start", async () => {
    const { worker, client } = setup();
    const failed = client.layout(nodes, []);
    worker.onmessage?.({ data: { id: 1, error: "boom" } } as MessageEvent<LayoutResponse>);
    await expect(failed).rejects.toThrow("boom");

    const crashed = client.layout(nodes, []);
    worker.onerror?.({ message: "no module", preventDefault() {} } as ErrorEvent);
    await expect(crashed).rejects.toThrow("no module");
    expect(worker.terminated).toBe(true);
  });
});
