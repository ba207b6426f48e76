import { webclientViteConfig } from '../../libs/ui/vite/webclient-vite-config.js';
import { defineConfig } from 'vitest/config';

export default defineConfig(
  webclientViteConfig({
    root: import.meta.dirname,
    name: 'shopping-webclient',
    base: '/shopping/',
    port: 5201,
    // The server-side build (`vite build --ssr src/entry-server.ts`, target build-ssr) carries
    // everything it imports, vue included: the shopping server loads it as one file, with no
    // webclient packages in its image.
    ssr: { noExternal: true },
    build: {
      // Pictures stay files (the brand's logo and favicon): a data: URL would need a looser
      // img-src in a Content-Security-Policy.
      assetsInlineLimit: (file) =>
        /\.(svg|png|jpe?g|webp|avif|gif)$/.test(file) ? false : undefined,
    },
  }),
);
