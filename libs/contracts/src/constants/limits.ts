// zod-free on purpose: browsers import these values without pulling the schemas in.

/** Veniqa allowed at most seven customizations per product. */
export const MAX_CUSTOMIZATIONS = 7;

/** Largest stock count or threshold accepted. */
export const MAX_STOCK = 1_000_000;

export const MAX_PRODUCT_IMAGES = 7;

export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt ignores everything after 72 bytes, so longer passwords would be silently weakened. */
export const PASSWORD_MAX_BYTES = 72;
