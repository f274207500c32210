import type { MessageLanguage } from './types.js';

/**
 * The required statements the writing functions add, word for word, in each language.
 * Spanish wording: a complete translation as 12 CFR 1006.18(e)(4) asks ("de un cobrador de
 * deudas" is the phrase family the Spanish lexicon of `checkMessage` looks for).
 */
export const DISCLOSURE_WORDING = {
  en: {
    /** 12 CFR 1006.18(e)(2); 15 U.S.C. 1692e(11). */
    subsequent: 'This communication is from a debt collector.',
    /** 12 CFR 1006.18(e)(1); 15 U.S.C. 1692e(11). */
    initial: 'This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
    /** 12 CFR 1006.6(e), for a text. */
    optOutSms: 'Reply STOP to opt out of texts to this number.',
    /** 12 CFR 1006.6(e), for an email. */
    optOutEmail: 'To stop emails to this address, reply STOP.',
    /** 12 CFR 1006.6(e), for an email with an unsubscribe link. */
    optOutEmailLink: (url: string): string => `To stop emails to this address, reply STOP or use this link: ${url}`,
  },
  es: {
    subsequent: 'Esta comunicación es de un cobrador de deudas.',
    initial: 'Este es un intento de cobrar una deuda, y cualquier información obtenida será usada para ese fin.',
    optOutSms: 'Responda STOP para dejar de recibir mensajes de texto en este número.',
    optOutEmail: 'Para dejar de recibir correos electrónicos en esta dirección, responda STOP.',
    optOutEmailLink: (url: string): string => `Para dejar de recibir correos electrónicos en esta dirección, responda STOP o use este enlace: ${url}`,
  },
} as const satisfies Record<MessageLanguage, unknown>;
