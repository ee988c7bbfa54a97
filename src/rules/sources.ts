// Public pages that rules cite as their helpUri. EUR-Lex's HTML of the GDPR has no stable per-article
// anchors, so article-based rules link to the whole text.
export const GDPR = 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679';
export const EPRIVACY = 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32002L0058';
export const DPF_DECISION = 'https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj';
export const EDPB_LEGITIMATE_INTEREST =
  'https://www.edpb.europa.eu/our-work-tools/documents/public-consultations/2024/guidelines-12024-processing-personal-data-based_en';
export const EDPB_SUPPLEMENTARY_MEASURES =
  'https://www.edpb.europa.eu/our-work-tools/our-documents/recommendations/recommendations-012020-measures-supplement-transfer_en';
export const EDPB_DEROGATIONS =
  'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_en';
export const WP248 = 'https://ec.europa.eu/newsroom/article29/items/611236';
export const CNIL_RETENTION = 'https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees';
export const CNIL_RECORD = 'https://www.cnil.fr/fr/RGPD-le-registre-des-activites-de-traitement';
export const CNIL_AUDIENCE = 'https://www.cnil.fr/fr/node/167364';
