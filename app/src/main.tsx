import { createLayoutClient } from "./layout/layout-client.ts";
import { loadSample } from "./open/load-sample.ts";

// The slow parts start first: the layout worker parses elk and the sample downloads while the
// editor's own code loads.
const client = createLayoutClient();
client.warm();
const sample = loadSample();
sample.catch(() => undefined);

void import("./boot.tsx").then(({ boot }) => boot(client, sample));
