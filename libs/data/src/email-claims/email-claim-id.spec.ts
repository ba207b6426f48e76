import mongoose from 'mongoose';
import { adminSchema } from '../models/admin.js';
import { customerSchema } from '../models/customer.js';
import { emailClaimId, normaliseEmail } from './email-claim-id.js';

// Models on a connection that never opens: casting needs no database.
const connection = mongoose.createConnection();
const Customer = connection.model('Customer', customerSchema);
const Admin = connection.model('Admin', adminSchema);

const spellings = [' Ann@Example.COM ', 'ann@example.com', '\tANN@EXAMPLE.COM\n', 'İNCİ@Örnek.pt'];

describe('e-mail claim ids', () => {
  it.each(spellings)(
    'when an account stores %j, then the claim is keyed on exactly what it stores',
    (raw) => {
      expect(new Customer({ email: raw }).email).toBe(normaliseEmail(raw));
      expect(new Admin({ email: raw }).email).toBe(normaliseEmail(raw));
    },
  );

  it('when one address is spelt differently, then its claim id is the same', () => {
    const ids = spellings.slice(0, 3).map((raw) => emailClaimId('customer', raw).toHexString());
    expect(new Set(ids).size).toBe(1);
  });

  it('when the kind or the address differs, then the claim id differs', () => {
    const customer = emailClaimId('customer', 'ann@example.com');
    expect(emailClaimId('admin', 'ann@example.com').equals(customer)).toBe(false);
    expect(emailClaimId('customer', 'ann@example.org').equals(customer)).toBe(false);
  });
});
