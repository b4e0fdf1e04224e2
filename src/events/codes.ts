/**
 * Event-coding vocabularies for the export, so tarikh's events line up with CAMEO and PLOVER datasets:
 * call → 041 (discuss by telephone), visit → 042 (make a visit), a host receiving → 043, a meeting in a third
 * country → 044, other meetings and summits → 040 (consult), talks → 046 (engage in negotiation),
 * statements → 010 (make statement). PLOVER CONSULT modes: phone, visit, third-party, multilateral.
 */
import type { EventType } from './types.js';

export interface Codes {
  cameo: string;
  plover: { event: 'CONSULT'; mode: string | null } | null;
}

export function codesFor(type: EventType, opts: { hosted: boolean; placeCountry: string | null; countries: readonly string[] }): Codes {
  switch (type) {
    case 'call':
      return { cameo: '041', plover: { event: 'CONSULT', mode: 'phone' } };
    case 'visit':
      return { cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } };
    case 'summit':
      return { cameo: '040', plover: { event: 'CONSULT', mode: 'multilateral' } };
    case 'talks':
      return { cameo: '046', plover: { event: 'CONSULT', mode: null } };
    case 'statement':
      return { cameo: '010', plover: null };
    case 'meeting': {
      if (opts.hosted) return { cameo: '043', plover: { event: 'CONSULT', mode: 'visit' } };
      if (opts.placeCountry && opts.countries.length >= 2 && !opts.countries.includes(opts.placeCountry)) return { cameo: '044', plover: { event: 'CONSULT', mode: 'third-party' } };
      if (opts.placeCountry && opts.countries.includes(opts.placeCountry)) return { cameo: '043', plover: { event: 'CONSULT', mode: 'visit' } };
      if (opts.countries.length > 2) return { cameo: '040', plover: { event: 'CONSULT', mode: 'multilateral' } };
      return { cameo: '040', plover: { event: 'CONSULT', mode: null } };
    }
  }
}
