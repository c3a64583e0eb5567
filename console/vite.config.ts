import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `npm run console:dev` proxies the API to a Moat started with `npm start` (or MOAT_API_URL). */
const api = process.env.MOAT_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    proxy: { '/api': { target: api }, '/openapi.json': { target: api }, '/docs': { target: api } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is one large chunk shared by every screen; each screen is a chunk of its own.
    chunkSizeWarningLimit: 1200,
  },
});
