// The regulation's own words for the record's vocabulary (ropa-record.json `terms`): "Responsable du
// traitement" (Art 4(7)), "Verzeichnis von Verarbeitungstätigkeiten" (Art 30). The catalogues take their
// legal labels from here, so that the wording of the law is data with its article, beside the English.
import record from '../../reference/ropa-record.json' with { type: 'json' };
import type { Language } from './catalogue.js';

export type LegalTermId = keyof typeof record.terms;

/** The term in the official language version of the GDPR. */
export function legal(id: LegalTermId, language: Language): string {
  return record.terms[id][language];
}

/** The article a term comes from, as the reference data writes it ("4(7)"). */
export const legalArticle = (id: LegalTermId): string => record.terms[id].article;
