/** What the shop needs from Khalti: verify a widget token for an amount in paisa. */
export interface KhaltiVerification {
  idx: string;
  amount: number;
  /** The provider's answer, kept for the manager. */
  raw: unknown;
}

export interface KhaltiPort {
  verify(token: string, amountPaisa: number): Promise<KhaltiVerification>;
}
