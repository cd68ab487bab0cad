import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin app is served by the API at / in production; in development Vite proxies the API. */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': process.env.BOKJI_API_URL ?? 'http://localhost:3100' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
});
