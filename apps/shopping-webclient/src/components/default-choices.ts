import type { CustomizationChoices, CustomizationOptions } from '@aneis/contracts';

/** Starts every customization on its first value, so a line is always complete. */
export function defaultChoices(options: CustomizationOptions | undefined): CustomizationChoices {
  const choices: CustomizationChoices = {};
  for (const option of options?.customizations ?? []) {
    if (option.type === 'Colors') {
      const first = option.values[0];
      if (first) choices[option.key] = `${first.name}|${first.hexValue}`;
    } else {
      const first = option.values[0];
      if (first !== undefined) choices[option.key] = first;
    }
  }
  return choices;
}

/** "Size: 12 · Metal: Ouro" (colours without their hex code). */
export function describeChoices(choices: CustomizationChoices | undefined): string {
  return Object.entries(choices ?? {})
    .map(([key, value]) => `${key}: ${value.split('|')[0]}`)
    .join(' · ');
}
