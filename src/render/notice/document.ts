// The notice as a document of sections, blocks and plain-text values (gaps as "not stated [rule]"), the
// same for every format: HTML and Markdown only lay it out and escape it.
import { rightText } from '../../views/legal-terms.js';
import type { Notice, NoticeCategory, NoticePurpose, NoticeRetention } from '../../views/notice.js';
import { joinPhrases } from '../../views/phrases.js';
import type { Source } from '../../views/record.js';
import { retentionText } from '../../views/retention-wording.js';
import { isNotStated, type NotStated } from '../../views/stated.js';
import { contactText, countryText, dataText, dpoText, names, plain, statedText } from '../report/describe.js';
import { NOTICE_WORDS as W } from './words.js';

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'grid';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

export interface Section {
  /** The anchor: a fixed word, or a word and an inventory id. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
}

export interface NoticeDocument {
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly Section[];
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

export function noticeDocument(notice: Notice): NoticeDocument {
  const controller = isNotStated(notice.controller) ? undefined : notice.controller;
  const who = controller?.name ?? W.unknownController;
  const title = W.title(controller?.name);
  return {
    title: notice.subject ? `${title} ${W.titleFor(notice.subject.name)}` : title,
    intro: W.intro(who),
    sections: [
      controllerSection(notice),
      audiencesSection(notice),
      purposesSection(notice),
      recipientsSection(notice, who),
      transfersSection(notice),
      rightsSection(notice),
      automatedSection(notice),
    ],
  };
}

function section(id: string, heading: string, blocks: Block[], sections: Section[] = []): Section {
  return { id, heading, blocks, sections };
}

function controllerSection(notice: Notice): Section {
  const c = notice.controller;
  if (isNotStated(c)) return section('controller', W.controller.heading, [paragraph(plain(c))]);
  const rows: [string, string][] = [
    [W.controller.name, c.name + (c.legal_name ? ` (${c.legal_name})` : '')],
    [W.controller.address, plain(c.address)],
  ];
  if (c.email !== undefined) rows.push([W.controller.email, plain(c.email)]);
  if (c.phone) rows.push([W.controller.phone, c.phone]);
  if (c.website) rows.push([W.controller.website, c.website]);
  rows.push([W.controller.dpo, statedText(c.dpo, dpoText)]);
  if (c.representative !== undefined)
    rows.push([W.controller.representative, statedText(c.representative, contactText)]);
  rows.push([W.controller.rights, plain(c.rights_contact)]);
  return section('controller', W.controller.heading, [{ kind: 'fields', rows }]);
}

function audiencesSection(notice: Notice): Section {
  return section(
    'data',
    W.audiences.heading,
    [paragraph(W.audiences.lead)],
    notice.audiences.map((audience) =>
      section(
        `subject-${audience.subject.id}`,
        audience.subject.name,
        audience.categories.length > 0
          ? [{ kind: 'grid', columns: W.audiences.columns, rows: audience.categories.map(categoryRow) }]
          : [paragraph(W.audiences.none)],
      ),
    ),
  );
}

function categoryRow(category: NoticeCategory): string[] {
  const special = category.special.map((t) => t.label).join(', ');
  return [
    category.name,
    dataText(category) + (special ? `; ${W.audiences.special(special)}` : ''),
    statedText(category.sources, (list) => joinPhrases(list.map(sourceText), '; ')),
    names(category.purposes),
    statedText(category.retention, (rules) => joinPhrases(rules.map(noticeRetentionText), '; ')),
  ];
}

function sourceText(source: Source): string {
  const where = source.from ? W.sourceFrom(source.from.name) : W.sources[source.type];
  return source.description ? `${where}: ${source.description}` : where;
}

function noticeRetentionText(rule: NoticeRetention): string {
  const text = retentionText(rule);
  return rule.vague ? `${text}; ${W.vague} [${rule.vague.rule}]` : text;
}

function purposesSection(notice: Notice): Section {
  return section(
    'purposes',
    W.purposes.heading,
    notice.purposes.length === 0 ? [paragraph(W.purposes.none)] : [],
    notice.purposes.map((p) =>
      section(`purpose-${p.id}`, p.name, [{ kind: 'fields', rows: purposeRows(p) }]),
    ),
  );
}

function purposeRows(p: NoticePurpose): [string, string][] {
  const rows: [string, string][] = [];
  const P = W.purposes;
  if (p.description) rows.push([P.description, p.description]);
  if (p.subjects.length > 0) rows.push([P.subjects, names(p.subjects)]);
  rows.push([P.basis, statedText(p.lawful_basis, rightText)]);
  if (p.legitimate_interest !== undefined) rows.push([P.interest, plain(p.legitimate_interest)]);
  if (p.legal_reference !== undefined) rows.push([P.law, plain(p.legal_reference)]);
  if (p.consent_withdrawal !== undefined) rows.push([P.withdrawal, plain(p.consent_withdrawal)]);
  if (p.provision) {
    rows.push([P.requirement, statedText(p.provision.requirement, (r) => W.requirement[r])]);
    if (p.provision.obliged !== undefined)
      rows.push([P.obliged, statedText(p.provision.obliged, (o) => (o ? W.yes : W.no))]);
    if (p.provision.consequences !== undefined) rows.push([P.consequences, plain(p.provision.consequences)]);
  }
  rows.push([P.rights, p.rights.length > 0 ? p.rights.map((r) => r.label).join('; ') : P.rightsUnknown]);
  if (p.automated_decisions) rows.push([P.automated, automatedText(p)]);
  return rows;
}

function automatedText(p: NoticePurpose): string {
  const a = p.automated_decisions!;
  const A = W.automated;
  return joinPhrases(
    [
      ...(a.description ? [a.description] : []),
      ...(a.legal_effect ? [A.legalEffect] : []),
      `${A.logic}: ${plain(a.logic)}`,
      `${A.consequences}: ${plain(a.consequences)}`,
      ...(a.safeguards ? [`${A.safeguards}: ${a.safeguards}`] : []),
    ],
    '; ',
  );
}

function recipientsSection(notice: Notice, who: string): Section {
  const R = W.recipients;
  return section(
    'recipients',
    R.heading,
    notice.recipients.length === 0
      ? [paragraph(R.none(who))]
      : [
          {
            kind: 'grid',
            columns: R.columns,
            rows: notice.recipients.map((r) => [
              r.name,
              statedText(r.role, (role) => W.roles[role]),
              statedText(r.countries, (list) => list.map(countryText).join(', ')),
              names(r.categories),
              names(r.purposes),
            ]),
          },
        ],
  );
}

function transfersSection(notice: Notice): Section {
  const T = W.transfers;
  const unknown = notice.recipients.some((r) => isNotStated(r.countries) && r.countries.rule !== undefined);
  const blocks: Block[] =
    notice.transfers.length === 0
      ? [paragraph(T.none)]
      : [
          paragraph(T.lead),
          {
            kind: 'grid',
            columns: T.columns,
            rows: notice.transfers.map((t) => [
              t.recipient.name,
              countryText(t.country),
              statedText(t.tool, (tool) =>
                [rightText(tool.mechanism), tool.decision, tool.reference].filter(Boolean).join(', '),
              ),
            ]),
          },
          paragraph(T.copy(plain(notice.rights.contact))),
        ];
  if (unknown) blocks.push(paragraph(T.unknownCountries));
  return section('transfers', T.heading, blocks);
}

function rightsSection(notice: Notice): Section {
  const R = W.rights;
  const r = notice.rights;
  const blocks: Block[] =
    r.rights.length > 0
      ? [paragraph(R.lead), { kind: 'list', items: r.rights.map(rightText) }]
      : [paragraph(R.none)];
  const unknown = notice.purposes.filter((p) => isNotStated(p.lawful_basis));
  if (unknown.length > 0)
    blocks.push(paragraph(R.basisUnknown(names(unknown), plain(unknown[0]!.lawful_basis as NotStated))));
  if (notice.purposes.some((p) => p.consent_withdrawal !== undefined)) blocks.push(paragraph(R.withdrawal));
  blocks.push(paragraph(R.contact(plain(r.contact))));
  blocks.push(paragraph(`${rightText(r.complaint.right)}.`));
  blocks.push(paragraph(R.authority(statedText(r.complaint.authority, contactText))));
  return section('rights', R.heading, blocks);
}

function automatedSection(notice: Notice): Section {
  const decided = notice.purposes.filter((p) => p.automated_decisions);
  return section(
    'automated',
    W.automated.heading,
    decided.length === 0
      ? [paragraph(W.automated.none)]
      : [{ kind: 'fields', rows: decided.map((p) => [p.name, automatedText(p)] as [string, string]) }],
  );
}
