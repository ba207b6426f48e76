/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The shopping server; derived from the page host when absent. */
  readonly VITE_API_BASE_URL?: string;
  /** Where catalogue image paths are published; the management server's /images when absent. */
  readonly VITE_IMAGE_BASE_URL?: string;
  /** Stripe card payments are offered only when this is set. */
  readonly VITE_STRIPE_PUBLISHABLE_KEY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
