import { hostileOperator, ids } from '../../test/fixtures.js';
import { tariffSchema } from '../model/tariff.js';
import { presignedUrlsQuerySchema, presignedUrlsResponseSchema } from './catalog.js';
import {
  categoryBodySchema,
  tariffBodySchema,
  updateCategoryBodySchema,
  updateTariffBodySchema,
} from './reference-data.js';

describe('reference data contracts', () => {
  it('when the §10 tariff and category are parsed, then they pass', () => {
    const tariff = { name: 'Clothing', rates: { Nepal: 20, Bangladesh: 20 } };
    expect(tariffBodySchema.parse(tariff)).toEqual(tariff);
    expect(tariffSchema.parse({ ...tariff, _id: ids.tariff })).toEqual({
      ...tariff,
      _id: ids.tariff,
    });
    const category = { category: 'Women', subcategory: 'Shoes' };
    expect(categoryBodySchema.parse(category)).toEqual(category);
  });

  it('when a tariff keys rates by any country code, then it passes', () => {
    expect(
      tariffBodySchema.parse({ name: 'Rings', rates: { PT: 0, BR: 60, 'No Tariff': 1.5 } }).rates,
    ).toEqual({ PT: 0, BR: 60, 'No Tariff': 1.5 });
  });

  it.each([
    ['a negative rate', { name: 'T', rates: { Nepal: -1 } }],
    ['a word as rate', { name: 'T', rates: { Nepal: 'twenty' } }],
    ['an operator key', { name: 'T', rates: { $inc: 1 } }],
    ['a dotted key', { name: 'T', rates: { 'a.b': 1 } }],
    ['an operator name', { name: hostileOperator, rates: {} }],
  ])('when a tariff has %s, then it is refused', (_label, body) => {
    expect(tariffBodySchema.safeParse(body).success).toBe(false);
  });

  it("when Veniqa's tariff form sends numbers, numeric text or a cleared field, then blanks drop", () => {
    expect(
      tariffBodySchema.parse({ name: 'T', rates: { Nepal: 10, Bangladesh: '', India: '7.5' } })
        .rates,
    ).toEqual({ Nepal: 10, India: 7.5 });
  });

  it('when an edit form sends back the row it read, then __v and the rest are stripped', () => {
    expect(updateCategoryBodySchema.parse({ _id: ids.category, category: 'Men', __v: 0 })._id).toBe(
      ids.category,
    );
    expect(updateTariffBodySchema.parse({ _id: ids.tariff, auditLog: {} })).toEqual({
      _id: ids.tariff,
    });
    expect(updateTariffBodySchema.safeParse({ name: 'No id' }).success).toBe(false);
  });

  it('when image upload counts come from the query string, then they become numbers', () => {
    expect(
      presignedUrlsQuerySchema.parse({
        numberOfThumbnailAndDetailedImages: '5',
        numberOfFeaturedImages: '0',
        productId: ids.product,
      }),
    ).toEqual({
      numberOfThumbnailAndDetailedImages: 5,
      numberOfFeaturedImages: 0,
      productId: ids.product,
    });
    expect(presignedUrlsQuerySchema.parse({ numberOfThumbnailAndDetailedImages: '1' })).toEqual({
      numberOfThumbnailAndDetailedImages: 1,
      numberOfFeaturedImages: 0,
    });
  });

  it('when more than 7 images are asked for, then Veniqa’s message is given', () => {
    const result = presignedUrlsQuerySchema.safeParse({
      numberOfThumbnailAndDetailedImages: '8',
      numberOfFeaturedImages: '0',
    });
    expect(result.error?.issues[0]?.message).toBe(
      'Maximum number of allowed images for each type is 7',
    );
  });

  it.each(['-1', '1.5', 'x', ['1', '2']])(
    'when an image count is %j, then it is refused',
    (count) => {
      const query = { numberOfThumbnailAndDetailedImages: count, numberOfFeaturedImages: '0' };
      expect(presignedUrlsQuerySchema.safeParse(query).success).toBe(false);
    },
  );

  it('when the §10 presigned URL response is parsed, then it passes', () => {
    const body = {
      thumbnailUrls: [
        {
          uploadUrl: 'https://bucket.s3.amazonaws.com/folder/thumbnails/file?sig=1',
          liveUrl: 'https://s3.amazonaws.com/bucket/folder/thumbnails/file',
        },
      ],
      detailedImageUrls: [],
      featuredImageUrls: [],
    };
    expect(presignedUrlsResponseSchema.parse(body)).toEqual(body);
  });
});
