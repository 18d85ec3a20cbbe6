import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* waits up to 3 s rather than 1 s: on a busy two-core machine a lazy chunk and a loader
// take longer than a second to settle, and a timeout there is noise, not a failure of the app.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => cleanup());
