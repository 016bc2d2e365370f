import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { queryClient } from '@/lib/query-client';

afterEach(() => {
  cleanup();
  // Each test starts with an empty cache, as a fresh page load does.
  queryClient.clear();
  globalThis.sessionStorage?.clear(); // absent in tests that run in the node environment
});
