/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In `quarkus dev` Quinoa starts this dev server and proxies to it; the gateway's own paths
// (/graphql, /api, /q) stay with Quarkus.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // jsdom tests wait for React and urql; on a machine shared with other builds 5 s is not enough
    testTimeout: 30_000,
  },
});
