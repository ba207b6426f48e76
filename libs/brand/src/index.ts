export { contrastRatio } from './contrast.js';
export {
  customPropertyName,
  darkCustomProperties,
  lightCustomProperties,
} from './custom-properties.js';
export {
  brandColours,
  brandDarkColours,
  brandFonts,
  brandName,
  brandShapes,
  type BrandColour,
} from './tokens.js';
