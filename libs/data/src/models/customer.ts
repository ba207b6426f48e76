import { Schema, type Types } from 'mongoose';
import { addressSchema, type StoredAddress } from './address.js';
import { cartSchema, type StoredCart } from './cart-line.js';

export const CUSTOMER_COLLECTION = 'veniqa_users';

/**
 * A shopper account (Veniqa's Customer). E-mail and referral token are unique: the index says
 * so for real MongoDB, and code checks first because the embedded engine does not enforce it.
 */
export interface CustomerDoc {
  _id: Types.ObjectId;
  email: string;
  /** bcrypt hash. */
  password: string;
  name: string;
  referral_token: string;
  /**
   * SHA-256 (hex) of the confirmation token, present while the e-mail is unconfirmed. Tokens are
   * stored hashed (Veniqa kept them plain) so a database leak yields no usable links.
   */
  emailConfirmationToken?: string;
  /** SHA-256 (hex) of the reset token; valid until `passwordResetExpires`. */
  passwordResetToken?: string;
  passwordResetExpires?: Date;
  cart?: StoredCart;
  /**
   * Ids of the guest carts already merged into `cart` (the latest few): a guest cart is merged
   * once, however many logins race with it.
   */
  mergedGuestCarts?: string[];
  addresses: StoredAddress[];
  /**
   * The language the shopper signed up in (`pt`, `en`), for mails not answering a request of
   * theirs; a mail that does answers in the request's language.
   */
  language?: string;
  /** Soft delete: a deleted account cannot log in and is hidden everywhere. */
  deleted: boolean;
  /**
   * Set by an admin: the shopper cannot log in, and an open session of theirs is refused at its
   * next request. Absent on accounts made before blocking existed, which are not blocked.
   */
  blocked?: boolean;
  /** When the account was erased on request (it is then also `deleted` and anonymised). */
  erasedAt?: Date;
  createdAt?: Date;
  updatedAt?: Date;
}

export const customerSchema = new Schema<CustomerDoc>(
  {
    email: { type: String, required: true, lowercase: true, trim: true, maxlength: 254 },
    password: { type: String, required: true },
    name: { type: String, required: true, trim: true },
    referral_token: { type: String, required: true },
    emailConfirmationToken: { type: String },
    passwordResetToken: { type: String },
    passwordResetExpires: { type: Date },
    cart: { type: cartSchema },
    mergedGuestCarts: { type: [String], default: undefined },
    addresses: { type: [addressSchema], default: [] },
    language: { type: String },
    deleted: { type: Boolean, default: false },
    blocked: { type: Boolean },
    erasedAt: { type: Date },
  },
  { collection: CUSTOMER_COLLECTION, timestamps: true },
);
customerSchema.index({ email: 1 }, { unique: true });
customerSchema.index({ referral_token: 1 }, { unique: true });
customerSchema.index({ emailConfirmationToken: 1 }, { sparse: true });
customerSchema.index({ passwordResetToken: 1 }, { sparse: true });
