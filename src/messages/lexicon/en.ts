/**
 * The English lexicon (`en`). Patterns use the phrase-pattern syntax of `pattern.ts`: words
 * separated by spaces, `a|b` alternatives, a trailing `?` for an optional word, `word*` for a
 * prefix, `#` for a number. Matching is case-, accent- and spacing-insensitive and word-bounded.
 *
 * Seeded from the statute's own lists (15 U.S.C. 1692d, 1692e, 1692f), Regulation F's
 * disclosure wording (12 CFR 1006.18(e), 1006.6(e)), the CFPB's limited-content-message
 * examples (12 CFR 1006.2(j)) and the CFPB Supervisory Highlights examples; see
 * docs/messages.md.
 *
 * @internal
 */
import type { LexiconData } from './families.js';

/** The English lexicon. */
export const LEXICON_EN: LexiconData = {
  language: 'en',
  families: {
    disclosureFromCollector: {
      phrases: [
        'from a debt collector',
        'is|am a debt collector',
        'are a debt collector|collectors',
        'by a debt collector',
        'this is a communication from a debt collector',
      ],
      except: ['not from a debt collector', 'is|am|are not a debt collector|collectors'],
    },
    disclosureCollectDebt: {
      phrases: ['attempt|attempting|trying to collect a debt', 'an attempt to collect a debt'],
      except: ['not an attempt to collect a debt', 'not attempting|trying to collect a debt'],
    },
    disclosureInfoUse: {
      phrases: [
        'any? information obtained will|shall be used for that|this purpose',
        'any? information we obtain will|shall be used for that|this purpose',
        'any? information obtained will|shall be used for the purpose of collecting the|a|this debt',
      ],
    },
    optOut: {
      phrases: [
        'reply|text|send|respond stop|end|quit|cancel|unsubscribe|optout',
        'reply|text|send|respond with? the? word? stop',
        'unsubscribe',
        'opt out link',
        'click here to opt out|unsubscribe',
      ],
    },
    optOutUnreasonable: {
      phrases: [
        'to opt out call|phone|write|mail|visit',
        'to unsubscribe call|phone|write|mail|visit',
        'call|phone|write|visit us? to opt out',
        'call|phone|write|visit us? to unsubscribe',
        'mail a letter to opt out',
        'mail a letter to unsubscribe',
        'opt out by mail|phone|letter|calling|writing',
      ],
    },
    arrest: {
      phrases: [
        'have|get|see you arrested|jailed|imprisoned',
        'arrest|arrested|arresting',
        'jail|jailed|prison|imprisoned|imprisonment|incarcerated',
        'arrest warrant',
        'warrant for your arrest',
        'go|going|sent|send you? to jail|prison',
        'criminal charges|prosecution',
        'press charges',
      ],
      except: [
        'cannot|cant|not|never|wont be arrested|jailed|imprisoned',
        'cannot|cant|not|never|wont go to jail|prison',
        'will not|never have|get you arrested',
        'no one will arrest you',
        'not a crime',
      ],
    },
    seizure: {
      phrases: [
        'garnish*',
        'seize|seized|seizing|seizure',
        'levy|levied',
        'repossess*',
        'foreclose|foreclosure',
        'attach|attachment your|of your? wages|salary|paycheck|property|bank account',
        'take|taking your house|home|car|vehicle|property|wages|paycheck',
        'freeze your bank account',
      ],
      except: ['cannot|cant|not|never|wont garnish*', 'not be garnished|seized|repossessed'],
    },
    violence: {
      phrases: [
        'hurt|harm|kill|beat|shoot|hit you',
        'hurt|harm|kill|beat|shoot your family|kids|children|wife|husband',
        'break your legs|arms|neck|knees|windows',
        'burn your house|home|car',
        'beat you up',
        'something bad will|could happen to you|your? family?',
        'watch your back',
        'you will be sorry',
        'post|publish your name',
        'tell your neighbors|employer|boss|family|friends',
      ],
    },
    suit: {
      phrases: [
        'sue|sued|suing',
        'lawsuit|lawsuits',
        'file|filing|bring|start|take a? lawsuit|suit|claim',
        'legal action|proceedings',
        'take|taking you to court',
        'court',
        'judgment|judgement',
        'summons',
      ],
      except: [
        'food court',
        'court st|street|house|yard|square|apartments',
        'tennis|basketball|squash|volleyball court',
        'not|never|cannot|cant|wont sue|sued',
        'not|never|cannot|cant|wont file|bring|take a? lawsuit|suit|legal',
        'how long you can be sued',
        'will not sue you',
        'no legal action',
        'court|judicial order',
        'order of|from a court',
        'judgment from a court',
      ],
    },
    creditReporting: {
      phrases: [
        'report|reported|reporting this|it|you|the|your account|debt? to the? credit bureaus|bureau|agencies|agency',
        'report|reported|reporting this|it|the|your? account|debt? on|to your credit report|file',
        'ruin|destroy|damage your credit',
      ],
      except: ['not|never report|reported'],
    },
    visit: {
      phrases: [
        'visit|visiting your home|house|work|workplace|job|office',
        'come|coming to your home|house|work|workplace|job|office',
        'stop by your home|house|work|workplace|job|office',
        'visit|visits at home|work',
        'someone will come|stop by?',
      ],
      except: ['not|never visit|come'],
    },
    accountClosure: {
      phrases: ['close|closing|cancel|cancelling|terminate your account|card|service'],
    },
    attorney: {
      phrases: [
        'legal department|team|division|staff',
        'attorney|attorneys|lawyer|lawyers',
        'law firm|office|offices',
        'esq|esquire',
        'counsel|counselor',
      ],
      except: [
        'not a law firm',
        'not an? attorney|attorneys|lawyer|lawyers',
        'no attorney|lawyer',
        'no attorney|lawyer has',
        'your attorney|lawyer|counsel',
        'have|hire|retain|consult an? attorney|lawyer',
        'represented by an? attorney|lawyer|counsel',
        'not acting as an? attorney|lawyer',
        'not yet been reviewed by an? attorney|lawyer',
        'speak with|to an? attorney|lawyer',
      ],
    },
    government: {
      phrases: [
        'government agency|official|department',
        'federal|state agency|agent|officer|official',
        'official government? notice',
        'police|sheriff|marshal|marshals',
        'law enforcement',
        'department of justice',
        'irs|fbi',
      ],
      except: ['not a government agency', 'not affiliated with the? government'],
    },
    urgencyFinal: {
      phrases: ['final notice|warning|demand|chance', 'last notice|warning|chance', 'final attempt'],
    },
    urgencyDeadline: {
      phrases: [
        'within # hours|hour|minutes|days',
        'in the next # hours|hour|minutes',
        'lose this|the|your offer|discount|deal|chance forever?',
        'offer|discount|deal expires|ends today|tonight|soon',
        'expires in # hours|hour|minutes|days',
        'act now',
        'immediately',
        'urgent',
        'today only',
        'only today',
        'before it is? too late',
        'before its too late',
      ],
    },
    creditImprove: {
      phrases: [
        'your credit score|rating|history? will|would improve|increase|rise',
        'your credit score|rating|history? will|would go|get up|better',
        'boost|improve|raise|repair|fix|rebuild your credit score|rating?',
        'remove|delete it|this|the account|debt? from your credit report',
        'your credit will be restored|repaired|cleaned',
      ],
      except: [
        'not|cannot|cant promise|guarantee that? your credit score|rating|history? will|would improve|increase|rise|go|get up|better?',
        'not boost|improve|raise|repair',
      ],
    },
    profanity: {
      phrases: ['fuck*', 'shit|shitty|bullshit', 'damn|damned|goddamn', 'bitch|bitches', 'bastard', 'asshole|ass', 'crap', 'go to hell', 'piss|pissed'],
    },
    insult: {
      phrases: [
        'deadbeat|deadbeats',
        'loser|losers',
        'idiot|idiots|moron|morons|imbecile',
        'stupid|dumb',
        'liar|liars|cheat|cheater',
        'scum|lowlife|trash',
        'pathetic|worthless|useless',
        'thief|thieves|crook',
        'freeloader|parasite',
        'shame on you',
      ],
      except: ['not stupid', 'no dumb questions'],
    },
    collectionWords: {
      phrases: [
        'collection|collections department|agency|dept|division|services?',
        'debt|debts',
        'past due',
        'overdue',
        'delinquent|delinquency',
        'payment due',
        'arrears',
        'final notice|demand',
        'recovery services|department',
        'owe|owed|owing',
      ],
    },
    balanceClaim: {
      phrases: [
        'balance|amount|total of',
        'balance|amount|total is',
        'you owe',
        'owe us',
        'amount|total|balance due|owed|owing',
        'outstanding balance|amount of?',
        'debt of',
        'owe a total of?',
      ],
    },
    debtInformation: {
      phrases: [
        'debt|debts',
        'balance',
        'owe|owed|owing',
        'past due',
        'overdue',
        'payment|payments',
        'collect|collection|collections|collector',
        'account|loan',
        'delinquent',
        'arrears',
        'settlement',
      ],
    },
    courtOrder: {
      phrases: ['court|judicial order', 'order of|from a court', 'judgment from a court', 'only after a court', 'unless a court'],
    },
    caTimeBarredNotice: {
      phrases: ['the law limits how long you can be sued on a debt'],
    },
    lcmIntroduction: {
      phrases: ['this is', 'my name is', 'it is', 'its', 'i am', 'im', 'calling from', 'calling'],
    },
    lcmReplyRequest: {
      phrases: [
        'please? call|contact|phone|reach|ring|text me|us? back?',
        'please? return my|our|this call',
        'please? get back to me|us',
        'please? give me|us a call|ring',
        'please? reply|respond',
        'please call',
        'you can reach me|us',
      ],
    },
    lcmSalutation: {
      phrases: ['hi|hello|hey|greetings', 'good morning|afternoon|evening|day', 'dear'],
    },
    lcmOptional: {
      phrases: [
        '# am|pm|oclock',
        '# # am|pm',
        'between # and # am|pm?',
        'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
        'january|february|march|april|may|june|july|august|september|october|november|december #?',
        'today|tomorrow|tonight|morning|afternoon|evening',
        'at your convenience',
        'any time|anytime',
        'you may|can speak|talk to|with any of? our representatives|representative|agents|agent',
        'any representative|agent',
        'thank you|thanks',
      ],
    },
    lcmFiller: {
      phrases: ['this|is|it|its|i|im|am|me|my|we|us|our|you|your|the|a|an|and|or|at|to|from|with|of|on|for|in|by|be|can|may|number|phone|telephone|extension|ext|calling|message|either|or'],
    },
  },
};
