// The notice as a document of sections, blocks and plain-text values (gaps as "not stated [rule]"), the
// same for every format: HTML and Markdown only lay it out and escape it. Its words are the catalogue's
// (views/words), in the language the notice was asked for.
import { rightText } from '../../views/legal-terms.js';
import type { Notice, NoticeCategory, NoticePurpose, NoticeRetention } from '../../views/notice.js';
import { joinPhrases } from '../../views/phrases.js';
import type { Source } from '../../views/record.js';
import { retentionText } from '../../views/retention-wording.js';
import { isNotStated, type NotStated } from '../../views/stated.js';
import { mapped } from '../../iterables.js';
import type { Words } from '../../views/words/index.js';
import {
  contactText,
  countryText,
  dataText,
  dpoText,
  keyWord,
  names,
  plain as plainIn,
  rightIn,
  statedText as statedIn,
} from '../report/describe.js';

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'grid';
      readonly columns: readonly string[];
      /** Made as they are written (mapped): a large notice's rows are not all held at once. */
      readonly rows: Iterable<readonly string[]>;
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

export function noticeDocument(notice: Notice, w: Words): NoticeDocument {
  const { t } = w;
  const controller = isNotStated(notice.controller) ? undefined : notice.controller;
  const who = controller?.name ?? t['notice.unknownController'];
  const title = t['notice.title'](controller?.name);
  return {
    title: notice.subject ? `${title} ${t['notice.titleFor'](notice.subject.name)}` : title,
    intro: t['notice.intro'](who),
    sections: [
      controllerSection(notice, w),
      audiencesSection(notice, w),
      purposesSection(notice, w),
      recipientsSection(notice, who, w),
      transfersSection(notice, w),
      rightsSection(notice, w),
      automatedSection(notice, w),
    ],
  };
}

function section(id: string, heading: string, blocks: Block[], sections: Section[] = []): Section {
  return { id, heading, blocks, sections };
}

function controllerSection(notice: Notice, w: Words): Section {
  const { t } = w;
  const plain = (value: Parameters<typeof plainIn>[0]) => plainIn(value, w);
  const c = notice.controller;
  const heading = t['notice.controller.heading'];
  if (isNotStated(c)) return section('controller', heading, [paragraph(plain(c))]);
  const rows: [string, string][] = [
    [t['notice.controller.name'], c.name + (c.legal_name ? ` (${c.legal_name})` : '')],
    [t['notice.controller.address'], plain(c.address)],
  ];
  if (c.email !== undefined) rows.push([t['field.email'], plain(c.email)]);
  if (c.phone) rows.push([t['field.phone'], c.phone]);
  if (c.website) rows.push([t['field.website'], c.website]);
  rows.push([t['field.dpo'], statedIn(c.dpo, (dpo) => dpoText(dpo, w), w)]);
  if (c.representative !== undefined)
    rows.push([t['notice.controller.representative'], statedIn(c.representative, contactText, w)]);
  rows.push([t['notice.controller.rights'], plain(c.rights_contact)]);
  return section('controller', heading, [{ kind: 'fields', rows }]);
}

function audiencesSection(notice: Notice, w: Words): Section {
  const { t } = w;
  const columns = [
    t['notice.audiences.data'],
    t['notice.audiences.includes'],
    t['notice.audiences.from'],
    t['notice.audiences.usedFor'],
    t['notice.audiences.kept'],
  ];
  return section(
    'data',
    t['notice.audiences.heading'],
    [paragraph(t['notice.audiences.lead'])],
    notice.audiences.map((audience) =>
      section(
        `subject-${audience.subject.id}`,
        audience.subject.name,
        audience.categories.length > 0
          ? [{ kind: 'grid', columns, rows: mapped(audience.categories, (c) => categoryRow(c, w)) }]
          : [paragraph(t['notice.audiences.none'])],
      ),
    ),
  );
}

function categoryRow(category: NoticeCategory, w: Words): string[] {
  const special = category.special.map((term) => term.label).join(', ');
  return [
    category.name,
    dataText(category, w) + (special ? `; ${w.t['notice.audiences.special'](special)}` : ''),
    statedIn(
      category.sources,
      (list) =>
        joinPhrases(
          list.map((s) => sourceText(s, w)),
          '; ',
        ),
      w,
    ),
    names(category.purposes),
    statedIn(
      category.retention,
      (rules) =>
        joinPhrases(
          rules.map((r) => noticeRetentionText(r, w)),
          '; ',
        ),
      w,
    ),
  ];
}

function sourceText(source: Source, w: Words): string {
  const where = source.from
    ? w.t['notice.sourceFrom'](source.from.name)
    : keyWord(w, 'notice.source.', source.type);
  return source.description ? `${where}${w.t['sep.colon']}${source.description}` : where;
}

function noticeRetentionText(rule: NoticeRetention, w: Words): string {
  const text = retentionText(rule, w);
  return rule.vague ? `${text}; ${w.t['notice.vague']} [${rule.vague.rule}]` : text;
}

function purposesSection(notice: Notice, w: Words): Section {
  return section(
    'purposes',
    w.t['notice.purposes.heading'],
    notice.purposes.length === 0 ? [paragraph(w.t['notice.purposes.none'])] : [],
    notice.purposes.map((p) =>
      section(`purpose-${p.id}`, p.name, [{ kind: 'fields', rows: purposeRows(p, w) }]),
    ),
  );
}

function purposeRows(p: NoticePurpose, w: Words): [string, string][] {
  const { t } = w;
  const plain = (value: Parameters<typeof plainIn>[0]) => plainIn(value, w);
  const rows: [string, string][] = [];
  if (p.description) rows.push([t['notice.purposes.description'], p.description]);
  if (p.subjects.length > 0) rows.push([t['notice.purposes.subjects'], names(p.subjects)]);
  rows.push([t['notice.purposes.basis'], statedIn(p.lawful_basis, rightIn(w), w)]);
  if (p.legitimate_interest !== undefined)
    rows.push([t['notice.purposes.interest'], plain(p.legitimate_interest)]);
  if (p.legal_reference !== undefined) rows.push([t['notice.purposes.law'], plain(p.legal_reference)]);
  if (p.consent_withdrawal !== undefined)
    rows.push([t['notice.purposes.withdrawal'], plain(p.consent_withdrawal)]);
  if (p.provision) {
    rows.push([
      t['notice.purposes.requirement'],
      statedIn(p.provision.requirement, (r) => keyWord(w, 'notice.requirement.', r), w),
    ]);
    if (p.provision.obliged !== undefined)
      rows.push([
        t['notice.purposes.obliged'],
        statedIn(p.provision.obliged, (o) => (o ? t['value.yes'] : t['value.no']), w),
      ]);
    if (p.provision.consequences !== undefined)
      rows.push([t['notice.purposes.consequences'], plain(p.provision.consequences)]);
  }
  rows.push([
    t['notice.purposes.rights'],
    p.rights.length > 0 ? p.rights.map((r) => r.label).join('; ') : t['notice.purposes.rightsUnknown'],
  ]);
  if (p.automated_decisions) rows.push([t['notice.automated.heading'], automatedText(p, w)]);
  return rows;
}

function automatedText(p: NoticePurpose, w: Words): string {
  const { t } = w;
  const a = p.automated_decisions!;
  return joinPhrases(
    [
      ...(a.description ? [a.description] : []),
      ...(a.legal_effect ? [t['notice.automated.legalEffect']] : []),
      `${t['notice.automated.logic']}${t['sep.colon']}${plainIn(a.logic, w)}`,
      `${t['notice.automated.consequences']}${t['sep.colon']}${plainIn(a.consequences, w)}`,
      ...(a.safeguards ? [`${t['notice.automated.safeguards']}${t['sep.colon']}${a.safeguards}`] : []),
    ],
    '; ',
  );
}

function recipientsSection(notice: Notice, who: string, w: Words): Section {
  const { t } = w;
  return section(
    'recipients',
    t['notice.recipients.heading'],
    notice.recipients.length === 0
      ? [paragraph(t['notice.recipients.none'](who))]
      : [
          {
            kind: 'grid',
            columns: [
              t['notice.recipients.recipient'],
              t['notice.recipients.role'],
              t['notice.recipients.where'],
              t['notice.recipients.which'],
              t['notice.recipients.for'],
            ],
            rows: mapped(notice.recipients, (r) => [
              r.name,
              statedIn(r.role, (role) => keyWord(w, 'notice.role.', role), w),
              statedIn(r.countries, (list) => list.map(countryText).join(', '), w),
              names(r.categories),
              names(r.purposes),
            ]),
          },
        ],
  );
}

function transfersSection(notice: Notice, w: Words): Section {
  const { t } = w;
  const unknown = notice.recipients.some((r) => isNotStated(r.countries) && r.countries.rule !== undefined);
  const blocks: Block[] =
    notice.transfers.length === 0
      ? [paragraph(t['notice.transfers.none'])]
      : [
          paragraph(t['notice.transfers.lead']),
          {
            kind: 'grid',
            columns: [
              t['notice.transfers.recipient'],
              t['notice.transfers.country'],
              t['notice.transfers.safeguard'],
            ],
            rows: mapped(notice.transfers, (x) => [
              x.recipient.name,
              countryText(x.country),
              statedIn(
                x.tool,
                (tool) =>
                  [rightText(tool.mechanism, w), tool.decision, tool.reference].filter(Boolean).join(', '),
                w,
              ),
            ]),
          },
          paragraph(t['notice.transfers.copy'](plainIn(notice.rights.contact, w))),
        ];
  if (unknown) blocks.push(paragraph(t['notice.transfers.unknownCountries']));
  return section('transfers', t['notice.transfers.heading'], blocks);
}

function rightsSection(notice: Notice, w: Words): Section {
  const { t } = w;
  const r = notice.rights;
  const blocks: Block[] =
    r.rights.length > 0
      ? [paragraph(t['notice.rights.lead']), { kind: 'list', items: r.rights.map(rightIn(w)) }]
      : [paragraph(t['notice.rights.none'])];
  const unknown = notice.purposes.filter((p) => isNotStated(p.lawful_basis));
  if (unknown.length > 0)
    blocks.push(
      paragraph(
        t['notice.rights.basisUnknown'](names(unknown), plainIn(unknown[0]!.lawful_basis as NotStated, w)),
      ),
    );
  if (notice.purposes.some((p) => p.consent_withdrawal !== undefined))
    blocks.push(paragraph(t['notice.rights.withdrawal']));
  blocks.push(paragraph(t['notice.rights.contact'](plainIn(r.contact, w))));
  blocks.push(paragraph(`${rightText(r.complaint.right, w)}.`));
  blocks.push(paragraph(t['notice.rights.authority'](statedIn(r.complaint.authority, contactText, w))));
  return section('rights', t['notice.rights.heading'], blocks);
}

function automatedSection(notice: Notice, w: Words): Section {
  const decided = notice.purposes.filter((p) => p.automated_decisions);
  return section(
    'automated',
    w.t['notice.automated.heading'],
    decided.length === 0
      ? [paragraph(w.t['notice.automated.none'])]
      : [{ kind: 'fields', rows: decided.map((p) => [p.name, automatedText(p, w)] as [string, string]) }],
  );
}
