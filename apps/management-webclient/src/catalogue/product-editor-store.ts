import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useManagementApi } from '../api/management-api.js';
import {
  draftFromProduct,
  draftToBody,
  emptyDraft,
  localId,
  type FeaturedSlot,
  type ImageSlot,
  type ProductDraft,
} from './product-draft.js';
import { uploadProductImages } from './upload-product-images.js';
import { validateProductDraft, type DraftProblems } from './validate-product-draft.js';

/** The product being created or edited: its draft, what was last saved, and the problems found. */
export const useProductEditorStore = defineStore('product-editor', () => {
  const api = useManagementApi();
  const productId = ref<string | null>(null);
  const draft = ref<ProductDraft>(emptyDraft());
  const snapshot = ref(JSON.stringify(draft.value));
  const problems = ref<DraftProblems>({});
  /** Set after a failed save attempt, so fields re-validate as the admin types. */
  const attempted = ref(false);

  const dirty = computed(() => JSON.stringify(draft.value) !== snapshot.value);

  function reset(next: ProductDraft, id: string | null): void {
    releasePreviews();
    draft.value = next;
    snapshot.value = JSON.stringify(next);
    productId.value = id;
    problems.value = {};
    attempted.value = false;
  }

  function startNew(defaults: { currency?: string; weightUnit?: string } = {}): void {
    reset(emptyDraft(defaults), null);
  }

  async function load(id: string): Promise<void> {
    const product = await api.call('GET /catalog/getProductDetails', { query: { productId: id } });
    reset(draftFromProduct(product), product._id);
  }

  function validate(): boolean {
    problems.value = validateProductDraft(draft.value);
    return Object.keys(problems.value).length === 0;
  }

  function revalidate(): void {
    if (attempted.value) validate();
  }

  /** Uploads new pictures, then adds or updates the product; resolves with its id. */
  async function save(): Promise<string | null> {
    attempted.value = true;
    if (!validate()) return null;
    const id = productId.value ?? undefined;
    const images = await uploadProductImages(
      api,
      id,
      draft.value.images,
      draft.value.featuredImages,
    );
    const body = draftToBody(draft.value, images);
    if (id) {
      const updated = await api.call('PUT /catalog/updateProduct', { body: { ...body, _id: id } });
      reset(draftFromProduct(updated), updated._id);
      return updated._id;
    }
    const added = await api.call('POST /catalog/addProduct', { body });
    // From here on a retry must update, never add a second copy.
    productId.value = added._id;
    await load(added._id);
    return added._id;
  }

  async function remove(): Promise<void> {
    if (!productId.value) return;
    await api.call('DELETE /catalog/deleteProduct', { body: { productId: productId.value } });
    reset(emptyDraft(), null);
  }

  function addImages(files: readonly File[]): void {
    const slots: ImageSlot[] = files.map((file) => ({
      id: localId('image'),
      kind: 'new',
      file,
      previewUrl: URL.createObjectURL(file),
    }));
    draft.value.images = [...draft.value.images, ...slots];
    revalidate();
  }

  function addFeaturedImages(files: readonly File[]): void {
    const slots: FeaturedSlot[] = files.map((file) => ({
      id: localId('featured'),
      kind: 'new',
      file,
      previewUrl: URL.createObjectURL(file),
    }));
    draft.value.featuredImages = [...draft.value.featuredImages, ...slots];
    revalidate();
  }

  /** Object URLs of unsaved pictures hold the file in memory until revoked. */
  function releasePreviews(): void {
    for (const slot of [...draft.value.images, ...draft.value.featuredImages]) {
      if (slot.kind === 'new') URL.revokeObjectURL(slot.previewUrl);
    }
  }

  return {
    productId,
    draft,
    problems,
    dirty,
    startNew,
    load,
    validate,
    revalidate,
    save,
    remove,
    addImages,
    addFeaturedImages,
  };
});
