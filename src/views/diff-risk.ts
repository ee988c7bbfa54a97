// What a reviewer must not miss in a change: the risks it brings (new flows of special-category or
// criminal data, recipients or countries outside the EEA, longer or removed retention limits, a changed
// lawful basis, a new processor), and the changes to processors and sub-processors that Art 28(2) makes
// the controller announce before they happen.
import {
  disclosures,
  recipientCountries,
  type Category,
  type Inventory,
  type Recipient,
} from '../inventory/model.js';
import { inEea } from '../reference/transfers.js';
import type { Change, RetentionScope } from './diff.js';

export type Risk =
  | {
      /** A category of special (Art 9) or criminal (Art 10) data newly disclosed to a recipient. */
      readonly type: 'sensitive-flow';
      readonly category: string;
      readonly recipient: string;
      /** The Art 9 keys of the category, and `criminal` for Art 10 data. */
      readonly sensitive: readonly string[];
      /** The recipient's countries outside the EEA. */
      readonly outside_eea: readonly string[];
    }
  | {
      /** A recipient processing data outside the EEA that is new, or a new country outside it. */
      readonly type: 'outside-eea';
      readonly recipient: string;
      readonly countries: readonly string[];
    }
  | {
      readonly type: 'retention-lengthened' | 'retention-removed';
      readonly category: string;
      readonly scope: RetentionScope;
      readonly before: string | null;
      readonly after: string | null;
    }
  | {
      readonly type: 'lawful-basis-changed';
      readonly purpose: string;
      readonly before: string | null;
      readonly after: string | null;
    }
  | { readonly type: 'new-processor'; readonly recipient: string; readonly role: string };

export type RiskType = Risk['type'];

export interface SubprocessorChange {
  readonly type: 'added' | 'removed' | 'country-changed';
  readonly id: string;
  readonly name: string;
  readonly role: 'processor' | 'sub-processor';
  readonly countries_before: readonly string[];
  readonly countries_after: readonly string[];
}

const isProcessor = (
  recipient: Recipient | undefined,
): recipient is Recipient & {
  role: 'processor' | 'sub-processor';
} => recipient?.role === 'processor' || recipient?.role === 'sub-processor';

const outsideEea = (recipient: Recipient | undefined): string[] =>
  recipient ? recipientCountries(recipient).filter((code) => !inEea(code)) : [];

/** The risks the changes bring, in the order of the changes (by kind and id). */
export function risksOf(base: Inventory, head: Inventory, changes: readonly Change[]): Risk[] {
  const risks: Risk[] = [];
  // what is already said, asked per change: sets rather than a search of every risk so far
  const outside = new Set<string>();
  const sensitiveFlows = new Set<string>();
  const flowKey = (category: string, recipient: string) => `${category}\0${recipient}`;
  const add = (risk: Risk) => {
    if (risk.type === 'outside-eea') outside.add(risk.recipient);
    if (risk.type === 'sensitive-flow') sensitiveFlows.add(flowKey(risk.category, risk.recipient));
    risks.push(risk);
  };
  for (const change of changes) {
    if (change.kind === 'recipient' && change.id !== undefined) {
      const [before, after] = [base.byId.recipient.get(change.id), head.byId.recipient.get(change.id)];
      if (change.type === 'added') {
        if (isProcessor(after)) add({ type: 'new-processor', recipient: change.id, role: after.role });
        const countries = outsideEea(after);
        if (countries.length > 0) add({ type: 'outside-eea', recipient: change.id, countries });
      } else if (
        (change.type === 'changed' || change.type === 'item-added') &&
        (change.field === 'country' || change.field === 'countries')
      ) {
        const old = new Set(outsideEea(before));
        const countries = outsideEea(after).filter((code) => !old.has(code));
        const already = outside.has(change.id);
        if (countries.length > 0 && !already) add({ type: 'outside-eea', recipient: change.id, countries });
      } else if (
        change.type === 'changed' &&
        change.field === 'role' &&
        isProcessor(after) &&
        !isProcessor(before)
      ) {
        add({ type: 'new-processor', recipient: change.id, role: after.role });
      }
    }
    if (change.kind === 'purpose' && change.type === 'changed' && change.field === 'lawful_basis') {
      add({
        type: 'lawful-basis-changed',
        purpose: change.id!,
        before: (change.before as string | null) ?? null,
        after: (change.after as string | null) ?? null,
      });
    }
    if (change.kind === 'category') {
      const category = head.byId.category.get(change.id!);
      if ((change.type === 'flow-added' || change.type === 'flow-changed') && category) {
        const sensitive = sensitiveOf(category);
        const gainsData =
          change.type === 'flow-added' || (change.type === 'flow-changed' && change.dataAdded.length > 0);
        if (sensitive.length > 0 && gainsData) {
          add({
            type: 'sensitive-flow',
            category: change.id!,
            recipient: change.recipient,
            sensitive,
            outside_eea: outsideEea(head.byId.recipient.get(change.recipient)),
          });
        }
      }
      if (change.type === 'retention-lengthened') {
        add({ ...retention(change), type: 'retention-lengthened' });
      } else if (change.type === 'retention-removed' && change.duration !== null) {
        add({
          type: 'retention-removed',
          category: change.id!,
          scope: change.scope,
          before: change.duration,
          after: null,
        });
      } else if (
        change.type === 'retention-changed' &&
        change.field === 'duration' &&
        change.after === null
      ) {
        add({ ...retention(change), type: 'retention-removed' });
      }
    }
  }
  // A flow of sensitive data to a recipient is also new when the data became sensitive (special added)
  for (const change of changes) {
    if (change.type !== 'special-added' && !(change.type === 'changed' && change.field === 'criminal'))
      continue;
    const category = head.byId.category.get(change.id!);
    const old = base.byId.category.get(change.id!);
    if (!category || !old || sensitiveOf(old).length > 0) continue;
    for (const { to } of disclosures(category)) {
      if (sensitiveFlows.has(flowKey(category.id, to))) continue;
      add({
        type: 'sensitive-flow',
        category: category.id,
        recipient: to,
        sensitive: sensitiveOf(category),
        outside_eea: outsideEea(head.byId.recipient.get(to)),
      });
    }
  }
  return risks;
}

function retention(change: Change): {
  category: string;
  scope: RetentionScope;
  before: string | null;
  after: string | null;
} {
  const c = change as Change & { scope: RetentionScope; before: unknown; after: unknown };
  return {
    category: c.id!,
    scope: c.scope,
    before: (c.before as string | null) ?? null,
    after: (c.after as string | null) ?? null,
  };
}

function sensitiveOf(category: Category): string[] {
  return [...(category.special ?? []), ...(category.criminal ? ['criminal'] : [])];
}

/** Processors and sub-processors added, removed, or that changed country (Art 28(2)). */
export function subprocessorChanges(base: Inventory, head: Inventory): SubprocessorChange[] {
  const ids = [...new Set([...base.byId.recipient.keys(), ...head.byId.recipient.keys()])].sort();
  const changes: SubprocessorChange[] = [];
  for (const id of ids) {
    const [before, after] = [base.byId.recipient.get(id), head.byId.recipient.get(id)];
    const [was, is] = [isProcessor(before), isProcessor(after)];
    if (!was && !is) continue;
    const countriesBefore = before ? recipientCountries(before) : [];
    const countriesAfter = after ? recipientCountries(after) : [];
    const entry = (
      type: SubprocessorChange['type'],
      recipient: Recipient & { role: 'processor' | 'sub-processor' },
    ) => ({
      type,
      id,
      name: recipient.name,
      role: recipient.role,
      countries_before: was ? countriesBefore : [],
      countries_after: is ? countriesAfter : [],
    });
    if (is && !was) changes.push(entry('added', after as Recipient & { role: 'processor' }));
    else if (was && !is) changes.push(entry('removed', before as Recipient & { role: 'processor' }));
    else if ([...countriesBefore].sort().join() !== [...countriesAfter].sort().join())
      changes.push(entry('country-changed', after as Recipient & { role: 'processor' }));
  }
  return changes;
}
