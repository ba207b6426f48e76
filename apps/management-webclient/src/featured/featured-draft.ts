import type { FeaturedProduct, FeaturedSection, FeaturedUpsertBodyInput } from '@aneis/contracts';
import { localId } from '../catalogue/product-draft.js';

/** How many products each design shows (the storefront's renderers). */
export const designLimits: Record<string, number> = {
  Stripe: 2,
  'Canvas Left Cracked': 1,
  'Canvas Right Cracked': 1,
};

export function productLimit(designType: string): number {
  return designLimits[designType] ?? 1;
}

export interface DesignDraft {
  id: string;
  designType: string;
  name: string;
  products: FeaturedProduct[];
}

export interface SectionDraft {
  name: string;
  designs: DesignDraft[];
}

export function sectionToDraft(section: FeaturedSection): SectionDraft {
  return {
    name: section.name,
    designs: section.content.map((design) => ({
      id: localId('design'),
      designType: design.config.design_type,
      name: design.config.name,
      products: [...design.products],
    })),
  };
}

export function newDesign(designType = 'Stripe'): DesignDraft {
  return { id: localId('design'), designType, name: '', products: [] };
}

export type SectionProblem =
  | { kind: 'name' }
  | { kind: 'designName'; index: number }
  | { kind: 'designProducts'; index: number };

/** Every design needs a name and between one product and its design's limit. */
export function sectionProblems(draft: SectionDraft): SectionProblem[] {
  const problems: SectionProblem[] = [];
  if (draft.name.trim() === '') problems.push({ kind: 'name' });
  draft.designs.forEach((design, index) => {
    if (design.name.trim() === '') problems.push({ kind: 'designName', index });
    const count = design.products.length;
    if (count < 1 || count > productLimit(design.designType)) {
      problems.push({ kind: 'designProducts', index });
    }
  });
  return problems;
}

export function sectionToBody(draft: SectionDraft): FeaturedUpsertBodyInput {
  return {
    name: draft.name.trim(),
    content: draft.designs.map((design) => ({
      products: design.products.map((product) => product._id),
      config: { design_type: design.designType, name: design.name.trim() },
    })),
  };
}
