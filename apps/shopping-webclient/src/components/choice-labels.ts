import type { CustomizationChoices } from '@aneis/contracts';
import {
  describeChoiceLabels,
  labelChoices,
  type ChoiceLabel,
  type VariantProduct,
} from '@aneis/contracts/constants';

/**
 * "Tamanho (EU): 62 · Metal: Platina 950" in the shopper's language. Cart lines come labelled
 * by the server; order lines are labelled from their product snapshot's options. Without
 * either, the choices are not shown raw: nothing is said.
 */
export function describeChoices(
  line: {
    choiceLabels?: readonly ChoiceLabel[] | undefined;
    customizations?: CustomizationChoices | undefined;
    product?: VariantProduct | undefined;
  },
  language: 'pt' | 'en',
): string {
  const labels =
    line.choiceLabels ?? (line.product ? labelChoices(line.product, line.customizations) : []);
  return describeChoiceLabels(labels, language);
}
