import type { MailLanguage } from '@aneis/mail';

/** The viewer's own words, in the language the browser asks for (Portuguese by default). */
export const viewerWords = {
  pt: {
    title: 'Correio enviado',
    intro: 'Cada mensagem que a loja enviaria, tal como o destinatário a recebe.',
    empty: 'Ainda não foi enviada nenhuma mensagem.',
    refresh: 'Atualizar',
    when: 'Enviada',
    to: 'Para',
    subject: 'Assunto',
    template: 'Modelo',
    language: 'Língua',
    from: 'De',
    back: 'Todas as mensagens',
    htmlVersion: 'Versão HTML',
    textVersion: 'Versão de texto',
    openText: 'Abrir só o texto',
    frameTitle: 'A mensagem em HTML',
    notFound: 'Esta mensagem não existe (ou a pasta de correio foi apagada).',
  },
  en: {
    title: 'Sent mail',
    intro: 'Every message the shop would send, as its recipient gets it.',
    empty: 'No message has been sent yet.',
    refresh: 'Refresh',
    when: 'Sent',
    to: 'To',
    subject: 'Subject',
    template: 'Template',
    language: 'Language',
    from: 'From',
    back: 'All messages',
    htmlVersion: 'HTML version',
    textVersion: 'Text version',
    openText: 'Open the text alone',
    frameTitle: 'The message as HTML',
    notFound: 'This message does not exist (or the mail folder was emptied).',
  },
} as const satisfies Record<MailLanguage, Record<string, string>>;

export type ViewerWords = (typeof viewerWords)[MailLanguage];
