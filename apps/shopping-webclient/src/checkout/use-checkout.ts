import type { Checkout, ManualPaymentMethod, ShippingMethod } from '@aneis/contracts';
import { computed, ref } from 'vue';
import { useShoppingApi } from '../api/shopping-api.js';
import { useAddressesStore } from '../stores/addresses-store.js';

/**
 * The checkout's state: chosen address and shipping method, the server's priced checkout, and
 * whether the price moved since the shopper saw it. Nothing is charged on a changed price: the
 * new figures are shown and the shopper confirms again.
 */
export function useCheckout() {
  const api = useShoppingApi();
  const addresses = useAddressesStore();
  const addressId = ref<string | null>(null);
  const shippingMethods = ref<ShippingMethod[] | null>(null);
  const shippingCode = ref<string | null>(null);
  const checkout = ref<Checkout | null>(null);
  const priceChanged = ref(false);
  /** The discount code the checkout is priced with; '' for none. */
  const couponCode = ref('');

  const address = computed(
    () => addresses.addresses?.find((candidate) => candidate._id === addressId.value) ?? null,
  );

  async function chooseAddress(id: string): Promise<void> {
    addressId.value = id;
    checkout.value = null;
    const country = address.value?.country;
    shippingMethods.value = await api.call('GET /ui/shippingMethods', { query: { country } });
    const stillOffered = shippingMethods.value.some((method) => method.code === shippingCode.value);
    if (!stillOffered) shippingCode.value = shippingMethods.value[0]?.code ?? null;
    await price();
  }

  async function chooseShipping(code: string): Promise<void> {
    shippingCode.value = code;
    await price();
  }

  /** Asks the server to price the cart for the current choices (replaces any earlier checkout). */
  async function price(): Promise<void> {
    if (!addressId.value || !shippingCode.value) return;
    checkout.value = await api.call('POST /orders/createCheckout', {
      body: {
        addressId: addressId.value,
        shippingMethod: shippingCode.value,
        ...(couponCode.value ? { couponCode: couponCode.value } : {}),
      },
    });
  }

  /**
   * Prices the checkout with `code` ('' removes the coupon). A refused code leaves the earlier
   * checkout and code as they were (the server checks the code before replacing anything).
   */
  async function applyCoupon(code: string): Promise<void> {
    const before = couponCode.value;
    couponCode.value = code;
    try {
      await price();
    } catch (error) {
      couponCode.value = before;
      throw error;
    }
  }

  /** False (and re-priced) when prices, stock or lines changed since the checkout was made. */
  async function confirmStillValid(): Promise<boolean> {
    if (!checkout.value) return false;
    const valid = await api.call('GET /orders/isCheckoutValid', {
      query: { checkoutId: checkout.value._id },
    });
    if (!valid) {
      await price();
      priceChanged.value = true;
    }
    return valid;
  }

  async function payManually(method: ManualPaymentMethod): Promise<string | null> {
    if (!(await confirmStillValid()) || !checkout.value) return null;
    const { order_id } = await api.call('POST /orders/completeCheckoutManually', {
      body: { checkoutId: checkout.value._id, method },
    });
    return order_id;
  }

  return {
    addressId,
    address,
    shippingMethods,
    shippingCode,
    checkout,
    priceChanged,
    couponCode,
    applyCoupon,
    chooseAddress,
    chooseShipping,
    price,
    confirmStillValid,
    payManually,
  };
}
