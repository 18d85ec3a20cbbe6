// Stands in for vite-plugin-pwa's virtual module in component tests: no service worker, no update.
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => {};
}
