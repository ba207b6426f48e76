export const SHOPPING_SERVER = 'shopping-server';
export const MANAGEMENT_SERVER = 'management-server';
export const WEBSITE = 'website';

export type AppName = typeof SHOPPING_SERVER | typeof MANAGEMENT_SERVER | typeof WEBSITE;
