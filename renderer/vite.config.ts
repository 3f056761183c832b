import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    // GLEANER_RENDERER_OUT lets parallel e2e runs build into their own folders.
    outDir: process.env.GLEANER_RENDERER_OUT ?? fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (
            id.includes('node_modules/antd') ||
            id.includes('node_modules/@ant-design') ||
            id.includes('node_modules/rc-')
          )
            return 'antd';
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender'))
            return 'charts';
          if (id.includes('node_modules/lexical') || id.includes('node_modules/@lexical'))
            return 'lexical';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
