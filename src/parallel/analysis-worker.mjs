// A worker thread's entry: Node 20 does not pass the main thread's TypeScript loader to workers, so
// tsx is registered here before the worker's own module loads.
import { register } from "tsx/esm/api";

register();
await import("./analysis-worker.ts");
