import { isSvgDocument } from './svg-document.js';

describe('isSvgDocument', () => {
  it('when the bytes open an SVG document (after a BOM, spaces or an XML declaration), then it is one', () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      '\uFEFF  \n<svg>',
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg viewBox="0 0 1 1"/>',
    ]) {
      expect(isSvgDocument(Buffer.from(text)), text).toBe(true);
    }
  });

  it('when the bytes are anything else, then it is not', () => {
    for (const text of ['<html><svg></svg></html>', '<svgx>', 'GIF89a', '']) {
      expect(isSvgDocument(Buffer.from(text)), text).toBe(false);
    }
  });
});
