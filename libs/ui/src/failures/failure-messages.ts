/**
 * What the shopper or manager reads when the server refuses something, per language. Keyed by
 * the envelope's stable `code` and by the field issue codes; the server's English `errorDetails`
 * is never shown, so a Portuguese page stays Portuguese.
 */
export type FailureLocale = 'pt' | 'en';

export interface FailureMessages {
  /** Said when a code is not in `codes`: the request failed, in plain words. */
  generic: string;
  /** Said above a form whose fields carry their own messages. */
  checkFields: string;
  network: string;
  timeout: string;
  aborted: string;
  codes: Readonly<Record<string, string>>;
  fields: Readonly<Record<string, string>>;
  /** A field code this table does not know. */
  fieldGeneric: string;
}

const pt: FailureMessages = {
  generic: 'Não foi possível concluir o pedido. Tente de novo.',
  checkFields: 'Alguns campos precisam de correção.',
  network: 'O servidor não está acessível de momento. Tente daqui a pouco.',
  timeout: 'O servidor demorou demasiado a responder. Tente de novo.',
  aborted: 'O pedido foi cancelado.',
  codes: {
    BAD_REQUEST: 'O pedido não pôde ser tratado. Verifique os dados e tente de novo.',
    VALIDATION_FAILED: 'Alguns campos precisam de correção.',
    MALFORMED_JSON: 'O pedido chegou incompleto. Tente de novo.',
    UNAUTHORIZED: 'Inicie sessão para continuar.',
    FORBIDDEN: 'Não tem permissão para fazer isto.',
    NOT_FOUND: 'Não encontrámos o que procura.',
    METHOD_NOT_ALLOWED: 'Esta ação não é possível neste momento.',
    TRANSITION_NOT_ALLOWED: 'Esta ação já não é possível no estado atual.',
    NOT_ACCEPTABLE: 'Esta compra já não está disponível. Volte ao carrinho e tente de novo.',
    CHECKOUT_NOT_FOUND: 'Esta compra já não está disponível. Volte ao carrinho e tente de novo.',
    CONFLICT: 'Esta alteração não é possível com os dados como estão agora.',
    DUPLICATE: 'Já existe um registo com esse valor.',
    EMAIL_TAKEN: 'Já existe uma conta com este endereço de e-mail.',
    GONE: 'Isto já não está disponível.',
    PAYLOAD_TOO_LARGE: 'O que enviou é demasiado grande.',
    UNSUPPORTED_MEDIA_TYPE: 'Este tipo de ficheiro não é aceite.',
    TOO_MANY_REQUESTS: 'Demasiados pedidos seguidos. Aguarde um minuto e tente de novo.',
    ACCOUNT_LOCKED: 'Demasiadas tentativas falhadas. Aguarde uns minutos antes de tentar de novo.',
    PASSWORD_HASHING_BUSY:
      'Há muitas pessoas a entrar neste momento. Tente de novo daqui a alguns segundos.',
    OUT_OF_STOCK: 'Um dos artigos esgotou entretanto. Reveja o carrinho.',
    CHOICE_MISSING: 'Falta escolher uma opção do artigo (por exemplo, o tamanho ou o metal).',
    VARIANT_UNAVAILABLE: 'Esta combinação de opções não está disponível. Escolha outra.',
    UNDELIVERABLE_COUNTRY: 'Ainda não entregamos nesse país.',
    TOO_MANY_ADDRESSES: 'Atingiu o número máximo de moradas guardadas.',
    NOT_MANUAL_PAYMENT:
      'Só encomendas pagas na entrega ou por transferência bancária podem ser marcadas como pagas.',
    ALREADY_PAID: 'Esta encomenda já está paga.',
    ORDER_CANCELLED: 'Uma encomenda cancelada não pode ser marcada como paga.',
    ACCOUNT_BLOCKED: 'Esta conta está bloqueada pela loja. Contacte-nos se precisar de ajuda.',
    ORDER_NOT_CANCELLABLE:
      'Esta encomenda já não pode ser cancelada: um artigo já foi enviado (registe uma devolução depois da entrega) ou já está concluída ou cancelada.',
    RETURN_NOT_DELIVERED: 'Só um artigo entregue pode ser devolvido.',
    RETURN_QUANTITY_EXCEEDED:
      'São mais unidades do que as entregues e ainda não devolvidas deste artigo.',
    REFUND_EXCEEDS_PAID: 'O reembolso é maior do que o valor pago que ainda não foi devolvido.',
    REFUND_PROVIDER_UNAVAILABLE:
      'Os reembolsos por cartão não estão configurados neste servidor (falta a chave da Stripe).',
    REFUND_PROVIDER_FAILED:
      'A Stripe não fez o reembolso. Tente de novo daqui a pouco; não será reembolsado duas vezes.',
    REFUND_NOT_RETRYABLE: 'Este reembolso já foi feito ou não é por cartão.',
    ORDER_CHANGED:
      'A encomenda foi alterada entretanto por outra pessoa. Recarregue e tente de novo.',
    COUPON_UNKNOWN: 'Este código de desconto não existe ou já não é válido.',
    COUPON_NOT_YET_VALID: 'Este código de desconto ainda não está em vigor.',
    COUPON_EXPIRED: 'Este código de desconto já expirou.',
    COUPON_BELOW_MINIMUM: 'O valor da encomenda não atinge o mínimo deste código de desconto.',
    COUPON_USED_UP: 'Este código de desconto já foi usado o número máximo de vezes.',
    COUPON_CUSTOMER_LIMIT: 'Já usou este código de desconto o número máximo de vezes.',
    INTERNAL_ERROR: 'Algo correu mal do nosso lado. Tente de novo.',
    NOT_IMPLEMENTED: 'Esta função ainda não está disponível.',
    SERVICE_UNAVAILABLE: 'O serviço está temporariamente indisponível. Tente daqui a pouco.',
  },
  fields: {
    required: 'Campo obrigatório.',
    too_short: 'Demasiado curto: pelo menos {limit} caracteres.',
    too_long: 'Demasiado longo: no máximo {limit} caracteres.',
    too_small: 'O valor mínimo é {limit}.',
    too_large: 'O valor máximo é {limit}.',
    invalid_email: 'Indique um endereço de e-mail válido.',
    invalid_format: 'O formato não é válido.',
    invalid_value: 'Este valor não é válido.',
    invalid_type: 'Este valor não é válido.',
    unknown_field: 'Campo desconhecido.',
    taken: 'Já está a ser usado.',
    needs_letter: 'Tem de conter pelo menos uma letra.',
    needs_digit: 'Tem de conter pelo menos um algarismo.',
  },
  fieldGeneric: 'Verifique este campo.',
};

const en: FailureMessages = {
  generic: 'The request could not be completed. Please try again.',
  checkFields: 'Some fields need correcting.',
  network: 'The server cannot be reached right now. Please try again shortly.',
  timeout: 'The server took too long to answer. Please try again.',
  aborted: 'The request was cancelled.',
  codes: {
    BAD_REQUEST: 'The request could not be handled. Check the details and try again.',
    VALIDATION_FAILED: 'Some fields need correcting.',
    MALFORMED_JSON: 'The request arrived incomplete. Please try again.',
    UNAUTHORIZED: 'Please log in to continue.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'We could not find what you are looking for.',
    METHOD_NOT_ALLOWED: 'This action is not possible right now.',
    TRANSITION_NOT_ALLOWED: 'This action is no longer possible in the current state.',
    NOT_ACCEPTABLE: 'This checkout is no longer available. Go back to the cart and try again.',
    CHECKOUT_NOT_FOUND: 'This checkout is no longer available. Go back to the cart and try again.',
    CONFLICT: 'This change is not possible with the data as it stands.',
    DUPLICATE: 'A record with this value already exists.',
    EMAIL_TAKEN: 'An account with this e-mail address already exists.',
    GONE: 'This is no longer available.',
    PAYLOAD_TOO_LARGE: 'What you sent is too large.',
    UNSUPPORTED_MEDIA_TYPE: 'This kind of file is not accepted.',
    TOO_MANY_REQUESTS: 'Too many requests in a row. Wait a minute and try again.',
    ACCOUNT_LOCKED: 'Too many failed attempts. Wait a few minutes before trying again.',
    PASSWORD_HASHING_BUSY:
      'Many people are signing in right now. Please try again in a few seconds.',
    OUT_OF_STOCK: 'One of the items sold out meanwhile. Please review your cart.',
    CHOICE_MISSING: 'An option of the item is still to be chosen (the size or the metal, say).',
    VARIANT_UNAVAILABLE: 'This combination of options is not available. Please choose another.',
    UNDELIVERABLE_COUNTRY: 'We do not deliver to that country yet.',
    TOO_MANY_ADDRESSES: 'You have saved the largest number of addresses allowed.',
    NOT_MANUAL_PAYMENT: 'Only cash-on-delivery and bank-transfer orders can be marked as paid.',
    ALREADY_PAID: 'This order is already paid.',
    ORDER_CANCELLED: 'A cancelled order cannot be marked as paid.',
    ACCOUNT_BLOCKED: 'The shop has blocked this account. Contact us if you need help.',
    ORDER_NOT_CANCELLABLE:
      'This order can no longer be cancelled: an item has shipped (record a return after delivery) or it is completed or cancelled.',
    RETURN_NOT_DELIVERED: 'Only a delivered item can be returned.',
    RETURN_QUANTITY_EXCEEDED: 'That is more units than were delivered and not yet returned.',
    REFUND_EXCEEDS_PAID: 'The refund is more than what was paid and not yet given back.',
    REFUND_PROVIDER_UNAVAILABLE:
      'Card refunds are not set up on this server (the Stripe key is missing).',
    REFUND_PROVIDER_FAILED:
      'Stripe did not make the refund. Try again in a while; it will not be refunded twice.',
    REFUND_NOT_RETRYABLE: 'This refund was already made or is not a card refund.',
    ORDER_CHANGED: 'Someone else changed the order meanwhile. Reload it and try again.',
    COUPON_UNKNOWN: 'This discount code does not exist or is no longer valid.',
    COUPON_NOT_YET_VALID: 'This discount code is not valid yet.',
    COUPON_EXPIRED: 'This discount code has expired.',
    COUPON_BELOW_MINIMUM: 'Your order is below this discount code’s minimum.',
    COUPON_USED_UP: 'This discount code has been used the maximum number of times.',
    COUPON_CUSTOMER_LIMIT: 'You have already used this discount code the maximum number of times.',
    INTERNAL_ERROR: 'Something went wrong on our side. Please try again.',
    NOT_IMPLEMENTED: 'This feature is not available yet.',
    SERVICE_UNAVAILABLE: 'The service is briefly unavailable. Please try again shortly.',
  },
  fields: {
    required: 'This field is required.',
    too_short: 'Too short: at least {limit} characters.',
    too_long: 'Too long: at most {limit} characters.',
    too_small: 'The minimum is {limit}.',
    too_large: 'The maximum is {limit}.',
    invalid_email: 'Enter a valid e-mail address.',
    invalid_format: 'This format is not valid.',
    invalid_value: 'This value is not valid.',
    invalid_type: 'This value is not valid.',
    unknown_field: 'Unknown field.',
    taken: 'Already in use.',
    needs_letter: 'Must contain at least one letter.',
    needs_digit: 'Must contain at least one digit.',
  },
  fieldGeneric: 'Please check this field.',
};

/** Said for a bound-less `too_long` (a password's byte limit) and other limits left unsaid. */
export const withoutLimit: Readonly<Record<FailureLocale, Readonly<Record<string, string>>>> = {
  pt: {
    too_short: 'Demasiado curto.',
    too_long: 'Demasiado longo.',
    too_small: 'Valor demasiado baixo.',
    too_large: 'Valor demasiado alto.',
  },
  en: {
    too_short: 'Too short.',
    too_long: 'Too long.',
    too_small: 'Value too low.',
    too_large: 'Value too high.',
  },
};

export const failureMessages: Readonly<Record<FailureLocale, FailureMessages>> = { pt, en };
