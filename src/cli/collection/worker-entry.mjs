// The worker thread's entry: Node starts workers without tsx's loader, so this plain module
// loads the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./extract-worker.ts', import.meta.url);
