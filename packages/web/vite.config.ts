import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // antd alone is larger than Vite's default warning threshold; pages are split with React.lazy.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      // The Host header must stay the dev server's own: the API rejects writes whose Origin differs from it.
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
