import { useI18n } from './i18n.js';
import { humanizeCode, useCodeText } from './show-codes.js';

describe('codes in words', () => {
  const i18n = useI18n();
  afterEach(() => i18n.setLocale('pt'));

  it('when an audit action, payment or design is known, then it shows in the chosen language', () => {
    const { codeText } = useCodeText();
    expect(codeText('auditAction', 'markItemAsFulfilling')).toBe('Linha em preparação');
    expect(codeText('paymentSource', 'STRIPE')).toBe('Cartão (Stripe)');
    expect(codeText('paymentSource', 'BANK_TRANSFER')).toBe('Transferência bancária');
    expect(codeText('designType', 'Canvas Left Cracked')).toBe('Tela com corte à esquerda');
    expect(codeText('auditAction', 'markOrderAsPaid')).toBe('Pagamento recebido');
    i18n.setLocale('en');
    expect(codeText('auditAction', 'markOrderAsPaid')).toBe('Payment received');
    expect(codeText('auditAction', 'markItemAsFulfilling')).toBe('Line being prepared');
  });

  it('when a code is unknown to this build, then it is still made readable, never shown raw', () => {
    const { codeText } = useCodeText();
    expect(codeText('auditAction', 'refundOrderLine')).toBe('Refund order line');
    expect(codeText('shipping', 'ctt-standard')).toBe('Ctt standard');
    expect(humanizeCode('toString')).toBe('To string');
    // Inherited names are not dictionary entries.
    expect(codeText('auditAction', '__proto__')).toBe('Proto');
  });

  it('when an order was made by a shopper or weighs grams, then it reads as a person writes it', () => {
    const { auditorName, formatWeight } = useCodeText();
    expect(auditorName('CUSTOMER')).toBe('o cliente');
    expect(auditorName('Ana')).toBe('Ana');
    expect(formatWeight({ quantity: 11.5, unit: 'G' })).toBe('11,5 g');
    expect(useCodeText().unitSymbol('KG')).toBe('kg');
    i18n.setLocale('en');
    expect(auditorName('CUSTOMER')).toBe('the customer');
    expect(formatWeight({ quantity: 1250, unit: 'G' })).toBe('1,250 g');
  });
});
