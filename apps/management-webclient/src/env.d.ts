/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The management server; derived from the page host when absent. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
