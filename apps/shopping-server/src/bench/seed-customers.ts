import { createMongoConnection, registerModels } from '@aneis/data';

/** The e-mail of bench customer `index` (0-based). */
export const benchCustomerEmail = (index: number) => `burst-${index}@bench.example`;

/**
 * `count` confirmed customers that all share one bcrypt hash: hashing each at the production cost
 * would take minutes, and a login's cost (one comparison) is the same whatever the hash.
 */
export async function seedCustomers(
  uri: string,
  embedded: boolean,
  count: number,
  passwordHash: string,
): Promise<void> {
  const mongo = createMongoConnection({ uri, embedded });
  await mongo.connect();
  try {
    const { Customer } = registerModels(mongo.connection);
    await Customer.insertMany(
      Array.from({ length: count }, (_, index) => ({
        email: benchCustomerEmail(index),
        password: passwordHash,
        name: `Burst ${index}`,
        referral_token: `b${String(index).padStart(7, '0')}`,
        addresses: [],
      })),
    );
  } finally {
    await mongo.close();
  }
}
