import { webclientViteConfig } from '../../libs/ui/vite/webclient-vite-config.js';
import { defineConfig } from 'vitest/config';

export default defineConfig(
  webclientViteConfig({
    root: import.meta.dirname,
    name: 'management-webclient',
    base: '/management/',
    port: 5202,
  }),
);
