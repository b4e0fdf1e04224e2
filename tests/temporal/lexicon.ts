// The temporal lexicon for the date-phrase tests, compiled from the built-in data like everything else.
import type { TemporalLexicon } from '../../src/temporal/lexicon.js';
import { data } from '../helpers/data.js';

export function temporalLexicon(): TemporalLexicon {
  return data().temporal;
}
