import type { Component } from 'vue';
import type { MessageKey } from '../i18n/i18n.js';
import type { Access } from '../session/permissions.js';

export interface ReferenceTab {
  path: string;
  name: string;
  label: MessageKey;
  access: Access;
  /** The editor, loaded when its tab is first opened. */
  editor: () => Promise<Component>;
}

/** The reference-data sections and who may see each (the server's guards). */
export const referenceTabs: readonly ReferenceTab[] = [
  {
    path: 'categories',
    name: 'reference-categories',
    label: 'reference.categories',
    access: 'canViewCategories',
    editor: () => import('./CategoriesEditor.vue'),
  },
  {
    path: 'tariffs',
    name: 'reference-tariffs',
    label: 'reference.tariffs',
    access: 'canViewTariff',
    editor: () => import('./TariffsEditor.vue'),
  },
  {
    path: 'countries',
    name: 'reference-countries',
    label: 'reference.countries',
    access: 'canViewTariff',
    editor: () => import('./CountriesEditor.vue'),
  },
  {
    path: 'shipping-methods',
    name: 'reference-shipping',
    label: 'reference.shippingMethods',
    access: 'canViewTariff',
    editor: () => import('./ShippingMethodsEditor.vue'),
  },
  {
    path: 'exchange-rates',
    name: 'reference-rates',
    label: 'reference.exchangeRates',
    access: 'canViewTariff',
    editor: () => import('./ExchangeRatesEditor.vue'),
  },
  {
    path: 'carriers',
    name: 'reference-carriers',
    label: 'reference.carriers',
    access: 'canViewTariff',
    editor: () => import('./CarriersEditor.vue'),
  },
];
