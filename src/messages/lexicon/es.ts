/**
 * The Spanish lexicon (`es`, written for es-US). Same syntax as the English one. Accents and
 * the tilde fold away (`acción` matches `accion`, `dañar` matches `danar`).
 *
 * The required-disclosure phrases follow the wording of the CFPB's Spanish model validation
 * notice (`cobrador de deudas`); they are a seed for review by a Spanish-speaking compliance
 * officer, not a certified translation (docs/messages.md).
 *
 * @internal
 */
import type { LexiconData } from './families.js';

/** The Spanish lexicon. */
export const LEXICON_ES: LexiconData = {
  language: 'es',
  families: {
    disclosureFromCollector: {
      phrases: [
        'de|por un cobrador de deudas',
        'es|soy|somos un|unos cobrador|cobradores de deudas',
        'esta comunicacion es de un cobrador de deudas',
      ],
      except: ['no es|somos un|unos cobrador|cobradores de deudas'],
    },
    disclosureCollectDebt: {
      phrases: ['intento|intentando|tratando de cobrar una deuda', 'un intento de cobrar una deuda'],
      except: ['no es un intento de cobrar una deuda'],
    },
    disclosureInfoUse: {
      phrases: [
        'cualquier? informacion obtenida sera usada|utilizada para ese|este fin|proposito',
        'cualquier? informacion que obtengamos sera usada|utilizada para ese|este fin|proposito',
      ],
    },
    optOut: {
      phrases: [
        'responda|envie|escriba|conteste stop|alto|baja|parar|cancelar|fin',
        'darse de baja',
        'cancelar la? suscripcion',
      ],
    },
    optOutUnreasonable: {
      phrases: ['para darse de baja llame|escriba|visite', 'llame|escriba para darse de baja'],
    },
    arrest: {
      phrases: [
        'arrestar|arrestarlo|arrestarla|arrestado|arrestada|arresto',
        'carcel|prision|encarcelado|encarcelada',
        'orden de arresto',
        'cargos criminales|penales',
      ],
      except: ['no puede ser arrestado|arrestada|encarcelado|encarcelada', 'no ira a la carcel|prision'],
    },
    seizure: {
      phrases: ['embarg*', 'incaut*', 'confiscar*', 'quitarle su casa|carro|auto|vehiculo|salario|sueldo', 'reposesion|reposeer'],
      except: ['no embarg*', 'no podemos embargar'],
    },
    violence: {
      phrases: ['hacerle|hacerles dano', 'lastimar*', 'matarlo|matarla|matar', 'golpearlo|golpearla|golpear', 'se arrepentira', 'su familia pagara'],
    },
    suit: {
      phrases: [
        'demanda|demandas|demandar|demandarle|demandarlo|demandarla|demandaremos|demandado',
        'accion|acciones legal|legales|judicial|judiciales',
        'tribunal|tribunales|corte|juzgado',
        'juicio',
        'sentencia',
      ],
      except: [
        'no le|lo|la? demandaremos|demandara',
        'no podemos demandarle|demandarlo|demandarla',
        'no tomaremos|iniciaremos acciones|accion legal|legales|judicial|judiciales',
        'corte de luz|agua|servicio|pelo',
        'orden judicial|del tribunal|de la corte',
      ],
    },
    creditReporting: {
      phrases: [
        'reportar|reportaremos|reportarlo|informar|informaremos a las? agencias|agencia|buros|buro de credito',
        'reportar|reportaremos su cuenta|deuda',
        'danar|arruinar|destruir su credito',
      ],
    },
    visit: {
      phrases: ['visitar|visitaremos|visitarle su casa|hogar|trabajo|empleo|oficina', 'ir|iremos a su casa|hogar|trabajo|empleo'],
    },
    accountClosure: {
      phrases: ['cerrar|cerraremos|cancelar|cancelaremos su cuenta|tarjeta|servicio'],
    },
    attorney: {
      phrases: ['abogado|abogados|abogada|abogadas', 'departamento legal|juridico', 'bufete|despacho de? abogados?'],
      except: ['no somos un? bufete|abogados', 'no es|soy un? abogado|abogada', 'su abogado|abogada', 'consultar|consulte a|con un abogado'],
    },
    government: {
      phrases: ['agencia del? gobierno|gubernamental|federal|estatal', 'gobierno federal|estatal', 'policia|alguacil|sheriff', 'aviso oficial del? gobierno?'],
    },
    urgencyFinal: {
      phrases: ['aviso|notificacion|advertencia final', 'ultimo aviso', 'ultima oportunidad|advertencia'],
    },
    urgencyDeadline: {
      phrases: [
        'dentro de # horas|dias|minutos',
        'en las proximas # horas',
        'perdera|pierda esta|la|su oferta|descuento para siempre?',
        'la|esta oferta vence|termina|expira hoy',
        'actue ahora|ya',
        'inmediatamente',
        'de inmediato',
        'urgente',
        'solo hoy',
      ],
    },
    creditImprove: {
      phrases: [
        'su puntaje|puntuacion|historial de credito mejorara|subira|aumentara',
        'su credito mejorara|subira|aumentara',
        'mejorar|reparar|aumentar|subir su credito|puntaje',
      ],
    },
    profanity: {
      phrases: ['mierda', 'carajo', 'joder', 'puta|puto', 'cabron', 'chinga*', 'pinche', 'maldito|maldita'],
    },
    insult: {
      phrases: ['idiota|idiotas', 'estupido|estupida', 'pendejo|pendeja', 'sinverguenza', 'ladron|ladrona', 'mentiroso|mentirosa', 'inutil', 'tramposo|tramposa'],
    },
    collectionWords: {
      phrases: ['cobranza|cobranzas|cobros', 'departamento|agencia de cobranza|cobros', 'deuda|deudas', 'vencido|vencida|atrasado|atrasada', 'moroso|morosa|morosidad', 'aviso final'],
    },
    balanceClaim: {
      phrases: ['saldo|monto|total de', 'saldo|monto|total es', 'usted debe', 'nos debe', 'saldo|monto|total adeudado|pendiente|vencido', 'deuda de'],
    },
    debtInformation: {
      phrases: ['deuda|deudas', 'saldo', 'debe|adeudado|adeuda', 'pago|pagos', 'cobro|cobranza|cobrar|cobrador', 'cuenta|prestamo', 'vencido|vencida|atrasado|atrasada'],
    },
    courtOrder: {
      phrases: ['orden judicial', 'orden del tribunal|juez', 'orden de la corte', 'solo despues de una orden|sentencia'],
    },
    lcmIntroduction: {
      phrases: ['le? habla', 'soy', 'mi nombre es', 'me llamo', 'llamando|llamo de|desde'],
    },
    lcmReplyRequest: {
      phrases: [
        'por? favor? llame|llamenos|llameme|comuniquese|contacteme|contactenos|responda',
        'por? favor? devuelva|devuelvanos la|nuestra|mi? llamada',
        'puede llamarme|llamarnos|comunicarse',
      ],
    },
    lcmSalutation: {
      phrases: ['hola', 'buenos dias', 'buenas tardes|noches', 'estimado|estimada'],
    },
    lcmOptional: {
      phrases: [
        '# am|pm',
        'de|entre # a|y # am|pm?',
        'lunes|martes|miercoles|jueves|viernes|sabado|domingo',
        'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
        'hoy|manana|tarde|noche',
        'cualquier representante|agente',
        'puede hablar con cualquiera de nuestros representantes|agentes',
        'gracias',
      ],
    },
    lcmFiller: {
      phrases: ['este|esta|es|de|del|la|el|los|las|a|al|o|y|en|por|favor|mi|su|sus|me|le|nos|con|numero|telefono|extension|ext|que|para|llamando|llamada|mensaje|usted'],
    },
  },
};
