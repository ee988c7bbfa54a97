// The home page: the controller, the counts, what the record speaks for, and the search.
import { fieldTable } from '../report/html.js';
import { controllerRows, gapText } from '../report/describe.js';
import type { ProcessingRecord } from '../../views/record.js';
import { isNotStated } from '../../views/stated.js';
import { link, type Place } from './layout.js';
import { h, isSpecial, section, type PageContext } from './fragments.js';

export function homeMain(place: Place, record: ProcessingRecord, ctx: PageContext, asOf: string): string {
  const w = ctx.words;
  const e = ctx.entities;
  const outside = new Set(e.transfers.filter((t) => t.eea === 'outside').map((t) => t.country!.code));
  const f = record.findings;
  const count = (n: number, label: string, target: string) =>
    `<li>${link(place, target, `<strong>${n}</strong> ${h(label)}`)}</li>`;
  const kinds = Object.fromEntries(Object.entries(w.kinds).map(([k, v]) => [k, v.many]));
  const controller = record.controller;
  const title = isNotStated(controller) ? w.siteTitle : `${w.siteTitle} — ${controller.name}`;
  return [
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(asOf)}</p>`,
    `<form id="search" class="search" role="search" action="index.html" method="get">`,
    `<label for="q">${h(w.searchLabel)}</label>`,
    `<div class="search-row"><input type="search" id="q" name="q" autocomplete="off" aria-describedby="q-hint" aria-controls="results"> <button type="submit">${h(w.searchButton)}</button></div>`,
    `<p id="q-hint" class="meta">${h(w.searchHint)}</p>`,
    '</form>',
    `<p id="result-count" class="count" aria-live="polite" data-none="${h(w.noResult)}" data-template="${h(w.results)}"></p>`,
    `<div id="results" data-kinds="${h(JSON.stringify(kinds))}" data-more="${h(w.moreResults)}"></div>`,
    section(
      'counts',
      w.counts,
      `<ul class="counts">${[
        count(e.activities.length, w.kinds.activity.many, 'activities.html'),
        count(e.categories.length, w.kinds.category.many, 'categories.html'),
        count(e.recipients.length, w.kinds.recipient.many, 'recipients.html'),
        count(outside.size, w.countriesOutsideEea, 'transfers.html#eea=outside'),
        count(e.categories.filter(isSpecial).length, w.specialCategories, 'categories.html#special=yes'),
      ].join('')}</ul>
<h3>${h(w.openFindings)}</h3>
<ul class="counts">${[
        count(f.errors, w.errors, 'findings.html#severity=error&waived=no'),
        count(f.warnings, w.warnings, 'findings.html#severity=warning&waived=no'),
        count(f.notes, w.notes, 'findings.html#severity=note&waived=no'),
        count(f.waived, w.waived, 'findings.html#waived=yes'),
      ].join('')}</ul>`,
    ),
    section(
      'controller',
      w.controller,
      fieldTable(
        isNotStated(controller)
          ? [[w.controller, gapText(controller, ctx.terms)]]
          : controllerRows(controller, ctx.terms),
        ctx.terms,
      ),
    ),
    `<p>${link(place, 'record.html', h(w.wholeRecord))}${h(ctx.terms.t['sep.colon'])}${h(w.wholeRecordHint)}</p>`,
  ].join('\n');
}
