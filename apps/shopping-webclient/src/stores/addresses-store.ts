import type { Address, AddAddressBodyInput } from '@aneis/contracts';
import { defineStore } from 'pinia';
import { useShoppingApi } from '../api/shopping-api.js';

export const useAddressesStore = defineStore('addresses', {
  state: () => ({ addresses: null as Address[] | null }),
  actions: {
    async load() {
      this.addresses = await useShoppingApi().call('GET /user/address');
    },
    async add(fields: AddAddressBodyInput) {
      this.addresses = await useShoppingApi().call('POST /user/address', { body: fields });
    },
    async update(address: AddAddressBodyInput & { _id: string }) {
      this.addresses = await useShoppingApi().call('PUT /user/address', { body: address });
    },
    async remove(addressId: string) {
      this.addresses = await useShoppingApi().call('DELETE /user/address', {
        body: { addressId },
      });
    },
    clear() {
      this.addresses = null;
    },
  },
});
