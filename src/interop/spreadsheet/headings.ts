// The column headings the import recognises: those of the ICO controller record template (which ropa's
// own `report --format csv|xlsx` writes), of the CNIL "registre" model (in French), and any given in a
// `--map` file. Headings are compared normalised (case, accents and punctuation ignored).
import { normalise } from '../words.js';

export const FIELDS = [
  'activity_id',
  'owner',
  'purpose',
  'description',
  'joint_controllers',
  'subjects',
  'category',
  'data',
  'special',
  'recipients',
  'contracts',
  'countries',
  'safeguards',
  'retention',
  'security',
  'lawful_basis',
  'art9_condition',
  'legitimate_interest',
  'lia',
  'legal_reference',
  'rights',
  'automated_decisions',
  'sources',
  'consent_record',
  'systems',
  'dpia_required',
  'dpia_status',
  'dpia_link',
  'notes',
] as const;

export type Field = (typeof FIELDS)[number];

/** Normalised heading patterns, first match wins; English (ICO, ropa) then French (CNIL). */
const PATTERNS: readonly [RegExp, Field][] = [
  [/^(activity id|reference|ref|n reference|numero)$/, 'activity_id'],
  [/^(business function|department|service|direction|entite responsable|service responsable)\b/, 'owner'],
  [
    /^(purpose of processing|purpose|processing activity|activity|name of processing|nom du traitement|intitule du traitement|activite de traitement|activite|nom sigle)\b/,
    'purpose',
  ],
  [/^(description|finalites?( principale)?( du traitement)?|objectifs? poursuivis?)\b/, 'description'],
  [
    /^(joint controllers?|name and contact details of joint controller|responsables? conjoints?|co responsables?)\b/,
    'joint_controllers',
  ],
  [
    /^(categories of individuals|categories of data subjects|data subjects|categories de personnes concernees|personnes concernees)\b/,
    'subjects',
  ],
  [/^(data category|categorie de donnees)$/, 'category'],
  [
    /^(categories of personal data|personal data|categories de donnees personnelles|categories de donnees|donnees personnelles|donnees collectees|donnees traitees)\b/,
    'data',
  ],
  [/^(special category|sensitive data|donnees sensibles)\b/, 'special'],
  [/^(categories of recipients|recipients|destinataires|categories de destinataires)\b/, 'recipients'],
  [/^(link to contract|contract with processor|contrat)\b/, 'contracts'],
  [/^(third countries|names of third countries|pays( destinataires?)?|pays tiers)\b/, 'countries'],
  [/^(safeguards|type de garanties|garanties)\b/, 'safeguards'],
  [
    /^(retention|delai d effacement|delais d effacement|duree de conservation|durees de conservation)\b/,
    'retention',
  ],
  [
    /^(security measures|general description of technical and organisational security|mesures de securite)\b/,
    'security',
  ],
  [
    /^(article 6|lawful basis|legal basis|base legale|base juridique|fondement juridique|licite)\b/,
    'lawful_basis',
  ],
  [/^(article 9|art 9|condition article 9)\b/, 'art9_condition'],
  [/^(link to record of legitimate interests assessment|legitimate interests assessment)\b/, 'lia'],
  [/^(legitimate interests?|interet legitime)\b/, 'legitimate_interest'],
  [/^(legal reference|reference legale|texte de reference)\b/, 'legal_reference'],
  [/^(rights available|droits des personnes)\b/, 'rights'],
  [
    /^(automated decision|existence of automated decision|decision automatisee|prise de decision automatisee)\b/,
    'automated_decisions',
  ],
  [/^(source|the source of the personal data|origine des donnees|source des donnees)\b/, 'sources'],
  [/^(consent record|link to record of consent|preuve du consentement)\b/, 'consent_record'],
  [/^(location of personal data|systems?|applications?|logiciels?|supports?)\b/, 'systems'],
  [/^(dpia required|data protection impact assessment required|aipd|analyse d impact)\b/, 'dpia_required'],
  [/^(dpia progress|etat de l aipd)\b/, 'dpia_status'],
  [/^(link to dpia|lien vers l aipd)\b/, 'dpia_link'],
  [/^(notes?|comments?|commentaires?|observations?)$/, 'notes'],
];

/** The field a heading names, through the `--map` file first; undefined for a heading not recognised. */
export function fieldOf(heading: string, map: ReadonlyMap<string, Field>): Field | undefined {
  const words = normalise(heading);
  if (words === '') return undefined;
  const mapped = map.get(words);
  if (mapped) return mapped;
  return PATTERNS.find(([pattern]) => pattern.test(words))?.[1];
}

/** French words among the recognised headings: the sheet follows the CNIL model rather than the ICO's. */
export function templateOf(headings: readonly string[]): 'CNIL' | 'ICO' {
  const french = headings.filter((h) =>
    /\b(donnees|traitement|destinataires|personnes|conservation|finalite)\b/.test(normalise(h)),
  );
  return french.length * 2 > headings.length ? 'CNIL' : 'ICO';
}
