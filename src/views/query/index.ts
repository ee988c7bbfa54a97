import type { Inventory } from '../../inventory/model.js';
import type { Gaps } from '../gaps.js';
import { categoryQuery } from './category.js';
import { countryQuery } from './country.js';
import { matrixQuery } from './matrix.js';
import { purposeQuery } from './purpose.js';
import { recipientQuery } from './recipient.js';
import { subjectQuery } from './subject.js';
import type { QueryResult } from './tabular.js';
import { transfersQuery } from './transfers.js';

export type QueryView = 'recipient' | 'category' | 'purpose' | 'subject' | 'country' | 'transfers' | 'matrix';

export type ViewInfo =
  | {
      readonly takesId: true;
      readonly argument: string;
      readonly run: (inventory: Inventory, id: string, today: string, gaps: Gaps) => QueryResult;
    }
  | {
      readonly takesId: false;
      readonly run: (inventory: Inventory, today: string, gaps: Gaps) => QueryResult;
    };

/**
 * Every view, and whether it asks for an id: the compiler keeps this table complete. `today` (YYYY-MM-DD)
 * dates the transfer status, as it dates the lint findings: an adequacy decision can end. `gaps` are the
 * lint findings the views mark as gaps (gaps.ts).
 */
export const QUERY_VIEWS: Readonly<Record<QueryView, ViewInfo>> = {
  recipient: { takesId: true, argument: 'recipient id', run: recipientQuery },
  category: { takesId: true, argument: 'category id', run: categoryQuery },
  purpose: { takesId: true, argument: 'purpose id', run: purposeQuery },
  subject: { takesId: true, argument: 'subject id', run: subjectQuery },
  country: { takesId: true, argument: 'country code', run: countryQuery },
  transfers: { takesId: false, run: transfersQuery },
  matrix: { takesId: false, run: matrixQuery },
};

export function isQueryView(name: string): name is QueryView {
  return Object.hasOwn(QUERY_VIEWS, name);
}
