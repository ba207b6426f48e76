import type { FeaturedProduct, FeaturedSection } from '@aneis/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useManagementApi } from '../api/management-api.js';
import { moveItem, removeAt } from '../catalogue/image-order.js';
import {
  newDesign,
  productLimit,
  sectionProblems,
  sectionToBody,
  sectionToDraft,
  type SectionDraft,
  type SectionProblem,
} from './featured-draft.js';

/** The featured sections and the one being built. */
export const useFeaturedEditorStore = defineStore('featured-editor', () => {
  const api = useManagementApi();
  const sections = ref<FeaturedSection[]>([]);
  const draft = ref<SectionDraft | null>(null);
  const snapshot = ref('');
  const problems = ref<SectionProblem[]>([]);
  const dirty = computed(
    () => draft.value !== null && JSON.stringify(draft.value) !== snapshot.value,
  );

  function open(next: SectionDraft | null): void {
    draft.value = next;
    snapshot.value = JSON.stringify(next);
    problems.value = [];
  }

  async function load(): Promise<void> {
    sections.value = await api.call('GET /ui/featuredList');
  }

  function select(name: string): void {
    const section = sections.value.find((candidate) => candidate.name === name);
    open(section ? sectionToDraft(section) : null);
  }

  function startNew(): void {
    open({ name: '', designs: [newDesign()] });
  }

  function addDesign(): void {
    draft.value?.designs.push(newDesign());
  }

  function moveDesign(index: number, delta: number): void {
    if (draft.value) draft.value.designs = moveItem(draft.value.designs, index, delta);
  }

  function removeDesign(index: number): void {
    if (draft.value) draft.value.designs = removeAt(draft.value.designs, index);
  }

  function pick(index: number, product: FeaturedProduct): void {
    const design = draft.value?.designs[index];
    if (!design || design.products.length >= productLimit(design.designType)) return;
    if (!design.products.some((p) => p._id === product._id)) design.products.push(product);
  }

  function unpick(index: number, productIndex: number): void {
    const design = draft.value?.designs[index];
    if (design) design.products = removeAt(design.products, productIndex);
  }

  /** Saves the draft; false when it still has problems (listed in `problems`). */
  async function save(): Promise<boolean> {
    if (!draft.value) return false;
    problems.value = sectionProblems(draft.value);
    if (problems.value.length > 0) return false;
    const saved = await api.call('POST /ui/featured', { body: sectionToBody(draft.value) });
    await load();
    open(sectionToDraft(saved));
    return true;
  }

  async function remove(): Promise<void> {
    if (!draft.value) return;
    await api.call('DELETE /ui/featured', { body: { name: draft.value.name } });
    open(null);
    await load();
  }

  return {
    sections,
    draft,
    problems,
    dirty,
    load,
    select,
    startNew,
    addDesign,
    moveDesign,
    removeDesign,
    pick,
    unpick,
    save,
    remove,
  };
});
