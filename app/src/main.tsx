import type { KarmaApi } from "./karma-api.ts";
import { createLayoutClient } from "./layout/layout-client.ts";
import { loadSample } from "./open/load-sample.ts";

// The slow parts start first: the layout worker parses elk and the sample downloads while the
// editor's own code loads.
const client = createLayoutClient();
client.warm();
const sample = loadSample();
sample.catch(() => undefined);

const ready: Promise<KarmaApi> = import("./boot.tsx").then(({ boot }) => boot(client, sample));

// Until the editor has started, `window.karma` answers with promises (page.evaluate awaits
// them); the editor then replaces it with the synchronous API.
const starting = (call: (api: KarmaApi) => unknown) => () => ready.then(call);
window.karma = {
  loadFiles: (files: Record<string, string>) => ready.then((api) => api.loadFiles(files)),
  getWorkspace: starting((api) => api.getWorkspace()),
  exportFiles: starting((api) => api.exportFiles()),
  getPlan: starting((api) => api.getPlan()),
  getIssues: starting((api) => api.getIssues()),
  loadSnapshot: (text: string) => ready.then((api) => api.loadSnapshot(text)),
  getDrift: starting((api) => api.getDrift()),
} as unknown as KarmaApi;
