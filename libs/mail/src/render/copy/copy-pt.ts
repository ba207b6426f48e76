import type { MailCopy } from './mail-copy.js';

const shop = 'A Senhora dos Anéis';
const percent = (rate: number | undefined) => (rate === undefined ? '' : ` (${rate} %)`);

/** European Portuguese, the shop's own language. */
export const mailCopyPt: MailCopy = {
  intlLocale: 'pt-PT',
  greeting: (name) => (name ? `Olá ${name},` : 'Olá,'),
  signOff: `Até breve,\n${shop}`,
  linkFallback: 'Se o botão não funcionar, copie este endereço para o seu navegador:',
  footer: [
    `${shop} · loja online de anéis`,
    'Recebeu esta mensagem porque tem uma conta ou uma encomenda na nossa loja.',
  ],
  confirmAccountCustomer: {
    subject: `Confirme o seu e-mail · ${shop}`,
    heading: 'Confirme o seu endereço de e-mail',
    paragraphs: [
      `Obrigado por criar uma conta na ${shop}.`,
      'Para a ativar, confirme que este endereço de e-mail é seu:',
    ],
    button: 'Confirmar e-mail',
    closing: [
      'Se não foi você a criar esta conta, ignore esta mensagem: sem confirmação, a conta não fica ativa.',
    ],
  },
  resetPasswordCustomer: {
    subject: `Redefinir a palavra-passe · ${shop}`,
    heading: 'Redefinir a palavra-passe',
    paragraphs: [
      'Recebemos um pedido para redefinir a palavra-passe da sua conta.',
      'Escolha uma nova palavra-passe aqui:',
    ],
    button: 'Escolher nova palavra-passe',
    closing: [
      'O link é válido por pouco tempo e só pode ser usado uma vez.',
      'Se não fez este pedido, ignore esta mensagem: a sua palavra-passe continua a mesma.',
    ],
  },
  passwordResetDoneCustomer: {
    subject: `A sua palavra-passe foi alterada · ${shop}`,
    heading: 'A sua palavra-passe foi alterada',
    paragraphs: [`A palavra-passe da sua conta na ${shop} acabou de ser alterada.`],
    closing: [
      'Se foi você, não precisa de fazer mais nada.',
      'Se não foi, peça uma nova palavra-passe na página de início de sessão e contacte-nos.',
    ],
  },
  confirmAccountAdmin: {
    subject: `A sua conta na gestão da ${shop}`,
    heading: 'Boas-vindas à equipa',
    paragraphs: [
      `Foi criada uma conta para si na área de gestão da ${shop}.`,
      'Para entrar, escolha a sua palavra-passe:',
    ],
    button: 'Escolher palavra-passe',
    closing: ['O link é válido durante 30 dias e só pode ser usado uma vez.'],
  },
  resetPasswordAdmin: {
    subject: `Redefinir a palavra-passe da gestão · ${shop}`,
    heading: 'Redefinir a palavra-passe',
    paragraphs: [
      'Recebemos um pedido para redefinir a sua palavra-passe da área de gestão.',
      'Escolha uma nova palavra-passe aqui:',
    ],
    button: 'Escolher nova palavra-passe',
    closing: [
      'O link é válido por pouco tempo e só pode ser usado uma vez.',
      'Se não fez este pedido, ignore esta mensagem e avise quem administra a loja.',
    ],
  },
  passwordResetDoneAdmin: {
    subject: `A sua palavra-passe da gestão foi alterada · ${shop}`,
    heading: 'A sua palavra-passe foi alterada',
    paragraphs: [
      'A sua palavra-passe da área de gestão acabou de ser alterada e as suas sessões abertas foram terminadas.',
    ],
    closing: [
      'Se foi você, não precisa de fazer mais nada.',
      'Se não foi, avise já quem administra a loja.',
    ],
  },
  orderReceived: {
    subject: (order) => `Recebemos a sua encomenda ${order}`,
    heading: 'Obrigado pela sua encomenda',
    intro: (order) =>
      `Recebemos a sua encomenda ${order} e vamos começar a prepará-la. Voltamos a escrever-lhe quando houver novidades.`,
    closing: ['Pode acompanhar a encomenda a qualquer momento na sua conta.'],
  },
  orderEvents: {
    confirmed: {
      subject: (order) => `A sua encomenda ${order} foi confirmada`,
      heading: 'Encomenda confirmada',
      intro: (order) => `Confirmámos a sua encomenda ${order} e estamos a prepará-la.`,
    },
    cancelled: {
      subject: (order) => `A sua encomenda ${order} foi cancelada`,
      heading: 'Encomenda cancelada',
      intro: (order) =>
        `A sua encomenda ${order} foi cancelada. Se já a pagou, devolvemos o valor pelo mesmo meio de pagamento.`,
    },
    shipped: {
      subject: (order) => `A sua encomenda ${order} foi enviada`,
      heading: 'A caminho',
      intro: (order, item) =>
        item
          ? `Enviámos «${item}», da sua encomenda ${order}.`
          : `Enviámos a sua encomenda ${order}.`,
    },
    delivered: {
      subject: (order) => `A sua encomenda ${order} foi entregue`,
      heading: 'Entregue',
      intro: (order, item) =>
        item
          ? `«${item}», da sua encomenda ${order}, foi entregue. Esperamos que goste!`
          : `A sua encomenda ${order} foi entregue. Esperamos que goste!`,
    },
  },
  orderUpdated: {
    subject: (order) => `A sua encomenda ${order} foi atualizada`,
    heading: 'Encomenda atualizada',
    intro: (order) => `Há novidades sobre a sua encomenda ${order}.`,
    statusIntro: (status) => `O estado da encomenda é agora: ${status}.`,
  },
  viewOrder: 'Ver a encomenda',
  order: {
    summary: 'Resumo da encomenda',
    item: 'Artigo',
    quantity: 'Qtd.',
    price: 'Preço',
    subtotal: 'Subtotal',
    shipping: 'Portes de envio',
    serviceCharge: 'Taxa de serviço',
    tariff: 'Taxas alfandegárias',
    discount: (code) => `Desconto (${code})`,
    vat: (rate) => `IVA${percent(rate)}`,
    vatIncluded: (rate) => `IVA incluído${percent(rate)}`,
    vatOfWhich: (rate) => `dos quais IVA (${rate.toLocaleString('pt-PT')} %)`,
    total: 'Total',
    deliverTo: 'Morada de entrega',
    payment: 'Pagamento',
    status: 'Estado da encomenda',
    itemStatus: 'Estado do artigo',
    carrier: 'Transportadora',
    trackingNumber: 'Número de seguimento',
    trackShipment: 'Seguir o envio',
    paymentMethods: {
      STRIPE: 'Cartão',
      KHALTI: 'Khalti',
      CASH_ON_DELIVERY: 'Pagamento na entrega',
      BANK_TRANSFER: 'Transferência bancária',
    },
    statuses: {
      RECEIVED: 'Recebida',
      CONFIRMED: 'Confirmada',
      'IN-PROGRESS': 'Em preparação',
      COMPLETED: 'Concluída',
      CANCELLED: 'Cancelada',
    },
    lineStatuses: {
      PROCESSING: 'Em processamento',
      FULFILLING: 'Em preparação',
      SHIPPED: 'Enviado',
      DELIVERED: 'Entregue',
    },
  },
  refund: {
    amount: 'Valor devolvido',
    method: 'Devolvido por',
    reason: 'Motivo',
    methods: {
      STRIPE: 'Cartão (para o cartão com que pagou)',
      BANK_TRANSFER: 'Transferência bancária',
    },
    made: (amount, method) =>
      `Devolvemos-lhe ${amount} (${method.toLowerCase()}). Conforme o banco, o valor pode levar alguns dias úteis a aparecer.`,
  },
  orderReturned: {
    subject: (order) => `Recebemos a sua devolução da encomenda ${order}`,
    heading: 'Devolução aceite',
    intro: (order, item, quantity) =>
      `Recebemos ${quantity === 1 ? 'a unidade' : `${quantity} unidades`} de “${item}” que devolveu da encomenda ${order} e aceitámos a devolução.`,
    returnedItem: 'Artigo devolvido',
    quantity: 'Quantidade',
  },
  orderRefunded: {
    subject: (order) => `Reembolso da encomenda ${order}`,
    heading: 'Reembolso efetuado',
    intro: (order) => `Efetuámos o reembolso relativo à sua encomenda ${order}.`,
  },
  bankTransfer: {
    heading: 'Pagamento por transferência bancária',
    intro: (amount) =>
      `Para concluirmos a encomenda, transfira ${amount} para a conta abaixo, com a referência indicada.`,
    iban: 'IBAN',
    bic: 'BIC/SWIFT',
    beneficiary: 'Beneficiário',
    reference: 'Referência',
    deadline: 'Prazo',
  },
};
