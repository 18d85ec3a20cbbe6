// react-i18next imports `use-sync-external-store/shim`, a copy of the hook for React 17 and older
// that defers to React's own when there is one. React 19 always has it: vite.config.ts points the
// import here, and the first paint carries React's hook without the copy.
export { useSyncExternalStore } from 'react';
