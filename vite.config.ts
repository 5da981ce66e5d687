import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [svelte()],
  build: { outDir: '../dist/web', emptyOutDir: true },
  // Module workers, so the worker can split its code (the practice engine loads duckdb-wasm on demand).
  worker: { format: 'es' },
  // `npm run dev`: the API comes from a server on :8787 (start it with REGISTERLAB_ALLOWED_ORIGINS=http://localhost:5173).
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:8787' } },
});
