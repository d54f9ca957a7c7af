import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dataset lives in data/ (not public/) so the validator, the CLI scripts and the app read one copy;
// the app imports the CSV and source texts with `?raw`, which Vite inlines at build time.
export default defineConfig({
  plugins: [react()],
  base: './',
  server: { fs: { allow: ['.'] } },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
});
