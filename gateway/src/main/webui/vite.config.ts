/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { documentsOneByOne } from './vite.documents.ts';

// In `quarkus dev` Quinoa starts this dev server and proxies to it; the gateway's own paths
// (/graphql, /api, /q) stay with Quarkus.
export default defineConfig({
  plugins: [documentsOneByOne(), react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      output: {
        // What the first screen needs (the app's start, the stories and a story's page, and all they
        // import) in one script, so that a first visit asks for one script after the sign-in's, not
        // thirteen: at six connections per host the small shared chunks waited behind the big ones.
        // The screens loaded on demand stay scripts of their own and take what they share from it.
        // Vite's preload helper is the sign-in script's too: its own small chunk, so that signing in
        // does not wait for the app's script.
        codeSplitting: {
          groups: [
            { name: 'preload', test: /preload-helper/, priority: 1 },
            { name: 'start', test: /[\\/]src[\\/]app[\\/]start\.tsx$/ },
          ],
        },
      },
    },
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
