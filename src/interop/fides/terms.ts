// ropa's legal keys and fideslang 3.x's enumerations (LegalBasisForProcessingEnum,
// SpecialCategoryLegalBasisEnum): one table used both ways, so import and export cannot disagree.
import type { LawfulBasis } from '../../inventory/model.js';

export const FIDES_BASES: Record<LawfulBasis, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligations',
  'vital-interests': 'Vital interests',
  'public-task': 'Public interest',
  'legitimate-interests': 'Legitimate interests',
};

export const FIDES_SPECIAL: Record<string, string> = {
  'explicit-consent': 'Explicit consent',
  'employment-social-security': 'Employment, social security and social protection',
  'vital-interests-incapable': 'Vital interests',
  'not-for-profit-members': 'Not-for-profit bodies',
  'made-public': 'Made public by the data subject',
  'legal-claims': 'Legal claims or judicial acts',
  'substantial-public-interest': 'Reasons of substantial public interest (with a basis in law)',
  'health-social-care': 'Health or social care (with a basis in law)',
  'public-health': 'Public health (with a basis in law)',
  'archiving-research-statistics': 'Archiving, research and statistics (with a basis in law)',
};
