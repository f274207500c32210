import type { MessageLanguage } from './types.js';

/** The words of a validation notice, close to CFPB Model Form B-1 (12 CFR 1006 App. B) and its Spanish translation. */
export interface NoticeWording {
  readonly title: string;
  readonly collectorStatement: (collector: string, creditor: string) => string;
  readonly ourInformation: string;
  readonly accountWith: (creditor: string, account: string) => string;
  readonly accountNumber: (account: string) => string;
  readonly currentCreditor: (creditor: string) => string;
  readonly dateKinds: Readonly<Record<string, string>>;
  readonly itemizationDate: (date: string, kind: string) => string;
  readonly asOf: (date: string) => string;
  readonly between: (date: string) => string;
  readonly interest: string;
  readonly fees: string;
  readonly paymentsCredits: string;
  readonly total: string;
  readonly disputeHeading: string;
  readonly disputeBy: (end: string) => string;
  readonly writeBy: (end: string) => string;
  readonly electronic: (url: string) => string;
  readonly elseHeading: string;
  readonly originalCreditor: (end: string) => string;
  readonly cfpb: string;
  readonly spanishOffer: string;
  readonly collectorLabel: string;
  readonly consumerLabel: string;
  readonly phone: (phone: string) => string;
  readonly respondHeading: string;
  readonly checkAll: string;
  readonly disputeBecause: string;
  readonly notMine: string;
  readonly amountWrong: string;
  readonly other: string;
  readonly sendOriginal: string;
  readonly mailTo: string;
}

export const NOTICE_WORDING: Readonly<Record<MessageLanguage, NoticeWording>> = {
  en: {
    title: 'Notice about a debt',
    collectorStatement: (collector, creditor) => `${collector} is a debt collector. We are trying to collect a debt that you owe to ${creditor}. We will use any information you give us to help collect the debt.`,
    ourInformation: 'Our information shows:',
    accountWith: (creditor, account) => `You had an account with ${creditor} with account number ${account}.`,
    accountNumber: (account) => `Account number: ${account}.`,
    currentCreditor: (creditor) => `The debt is now owed to ${creditor}.`,
    dateKinds: { lastStatement: 'the date of the last statement', chargeOff: 'the charge-off date', lastPayment: 'the date of the last payment', transaction: 'the transaction date', judgment: 'the judgment date' },
    itemizationDate: (date, kind) => `Itemization date: ${date} (${kind}).`,
    asOf: (date) => `As of ${date}, you owed:`,
    between: (date) => `Between ${date} and today:`,
    interest: 'You were charged this amount in interest:',
    fees: 'You were charged this amount in fees:',
    paymentsCredits: 'You paid or were credited this amount toward the debt:',
    total: 'Total amount of the debt now:',
    disputeHeading: 'How can you dispute the debt?',
    disputeBy: (end) => `Call or write to us by ${end}, to dispute all or part of the debt. If you do not, we will assume that our information is correct.`,
    writeBy: (end) => `If you write to us by ${end}, we must stop collection on any amount you dispute until we send you information that shows you owe the debt. You may use the form below or write to us without the form. You may also include supporting documents.`,
    electronic: (url) => `You may also dispute the debt electronically at ${url}.`,
    elseHeading: 'What else can you do?',
    originalCreditor: (end) => `Write to ask for the name and address of the original creditor, if different from the current creditor. If you do this by ${end}, we must stop collection until we send you that information. You may use the form below or write to us without the form.`,
    cfpb: 'Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law.',
    spanishOffer: 'Póngase en contacto con nosotros para solicitar una copia de este formulario en español.',
    collectorLabel: 'From',
    consumerLabel: 'To',
    phone: (phone) => `Telephone: ${phone}`,
    respondHeading: 'How do you want to respond?',
    checkAll: 'Check all that apply:',
    disputeBecause: 'I want to dispute the debt because I think:',
    notMine: 'This is not my debt.',
    amountWrong: 'The amount is wrong.',
    other: 'Other (please describe on reverse or attach additional information).',
    sendOriginal: 'I want you to send me the name and address of the original creditor.',
    mailTo: 'Mail this form to:',
  },
  es: {
    title: 'Aviso sobre una deuda',
    collectorStatement: (collector, creditor) => `${collector} es un cobrador de deudas. Estamos tratando de cobrar una deuda que usted le debe a ${creditor}. Usaremos cualquier información que usted nos dé para ayudar a cobrar la deuda.`,
    ourInformation: 'Nuestra información indica:',
    accountWith: (creditor, account) => `Usted tenía una cuenta con ${creditor} con el número de cuenta ${account}.`,
    accountNumber: (account) => `Número de cuenta: ${account}.`,
    currentCreditor: (creditor) => `Ahora la deuda se le debe a ${creditor}.`,
    dateKinds: { lastStatement: 'la fecha del último estado de cuenta', chargeOff: 'la fecha de cancelación contable', lastPayment: 'la fecha del último pago', transaction: 'la fecha de la transacción', judgment: 'la fecha de la sentencia' },
    itemizationDate: (date, kind) => `Fecha de desglose: ${date} (${kind}).`,
    asOf: (date) => `Al ${date}, usted debía:`,
    between: (date) => `Entre el ${date} y hoy:`,
    interest: 'Se le cobró esta cantidad en intereses:',
    fees: 'Se le cobró esta cantidad en cargos:',
    paymentsCredits: 'Usted pagó o se le acreditó esta cantidad a la deuda:',
    total: 'Cantidad total de la deuda ahora:',
    disputeHeading: '¿Cómo puede disputar la deuda?',
    disputeBy: (end) => `Llámenos o escríbanos a más tardar el ${end} para disputar toda la deuda o parte de ella. Si no lo hace, supondremos que nuestra información es correcta.`,
    writeBy: (end) => `Si nos escribe a más tardar el ${end}, debemos dejar de cobrar cualquier cantidad que usted dispute hasta que le enviemos información que demuestre que usted debe la deuda. Puede usar el formulario de abajo o escribirnos sin el formulario. También puede incluir documentos de respaldo.`,
    electronic: (url) => `También puede disputar la deuda electrónicamente en ${url}.`,
    elseHeading: '¿Qué más puede hacer?',
    originalCreditor: (end) => `Escríbanos para pedir el nombre y la dirección del acreedor original, si es diferente del acreedor actual. Si lo hace a más tardar el ${end}, debemos dejar de cobrar hasta que le enviemos esa información. Puede usar el formulario de abajo o escribirnos sin el formulario.`,
    cfpb: 'Visite www.cfpb.gov/debt-collection para obtener más información sobre sus derechos según la ley federal.',
    spanishOffer: '',
    collectorLabel: 'De',
    consumerLabel: 'Para',
    phone: (phone) => `Teléfono: ${phone}`,
    respondHeading: '¿Cómo desea responder?',
    checkAll: 'Marque todas las opciones que correspondan:',
    disputeBecause: 'Quiero disputar la deuda porque creo que:',
    notMine: 'Esta no es mi deuda.',
    amountWrong: 'La cantidad es incorrecta.',
    other: 'Otro (describa al dorso o adjunte información adicional).',
    sendOriginal: 'Quiero que me envíen el nombre y la dirección del acreedor original.',
    mailTo: 'Envíe este formulario por correo a:',
  },
};
