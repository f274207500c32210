/**
 * SMS encoding and segment count (3GPP TS 23.038): GSM-7 when every character is in the GSM
 * 7-bit default alphabet or its extension table (extension characters take two septets), else
 * UCS-2 (UTF-16 code units). One segment holds 160 septets or 70 units; a longer message is
 * split into segments of 153 septets or 67 units (the rest is the concatenation header).
 *
 * @internal
 */
import type { SmsMeta } from '../types.js';

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '^{}\\[~]|€\f';
const BASIC_SET = new Set(BASIC);
const EXTENDED_SET = new Set(EXTENDED);
/** Septets of each code unit below 0x100: 1, 2 (extension table) or 0 (not GSM-7). */
const LATIN = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c += 1) {
  const ch = String.fromCharCode(c);
  LATIN[c] = BASIC_SET.has(ch) ? 1 : EXTENDED_SET.has(ch) ? 2 : 0;
}

/** The encoding and segments of `text` sent as one SMS. */
export function smsMeta(text: string): SmsMeta {
  let septets = 0;
  let gsm = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x100) {
      const units = LATIN[c] as number;
      if (units === 0) {
        gsm = false;
        break;
      }
      septets += units;
      continue;
    }
    const ch = text[i] as string;
    if (BASIC_SET.has(ch)) septets += 1;
    else if (EXTENDED_SET.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
