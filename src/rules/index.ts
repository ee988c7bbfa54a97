import type { Rule } from './rule.js';
import { yamlSyntax } from './structure/yaml-syntax.js';
import { schema } from './structure/schema.js';
import { duplicateId } from './structure/duplicate-id.js';
import { unknownReference } from './structure/unknown-reference.js';
import { organizationMissing } from './structure/organization-missing.js';
import { unusedDefinition } from './structure/unused-definition.js';
import { controllerContactMissing } from './completeness/controller-contact-missing.js';
import { dpoMissing } from './completeness/dpo-missing.js';
import { representativeMissing } from './completeness/representative-missing.js';
import { purposeMissing } from './completeness/purpose-missing.js';
import { subjectsMissing } from './completeness/subjects-missing.js';
import { dataItemsMissing } from './completeness/data-items-missing.js';
import { recipientsMissing } from './completeness/recipients-missing.js';
import { retentionMissing } from './completeness/retention-missing.js';
import { securityMeasuresMissing } from './completeness/security-measures-missing.js';
import { rightsChannelMissing } from './completeness/rights-channel-missing.js';
import { processorRecordIncomplete } from './completeness/processor-record-incomplete.js';
import { lawfulBasisMissing } from './lawfulness/lawful-basis-missing.js';
import { legitimateInterestUnstated } from './lawfulness/legitimate-interest-unstated.js';
import { legitimateInterestNoAssessment } from './lawfulness/legitimate-interest-no-assessment.js';
import { legitimateInterestPublicAuthority } from './lawfulness/legitimate-interest-public-authority.js';
import { legitimateInterestChildren } from './lawfulness/legitimate-interest-children.js';
import { consentNoWithdrawal } from './lawfulness/consent-no-withdrawal.js';
import { consentNoRecord } from './lawfulness/consent-no-record.js';
import { legalObligationNoReference } from './lawfulness/legal-obligation-no-reference.js';
import { childConsentAge } from './lawfulness/child-consent-age.js';
import { specialCategoryNoCondition } from './lawfulness/special-category-no-condition.js';
import { specialConditionNoLaw } from './lawfulness/special-condition-no-law.js';
import { criminalDataNoBasis } from './lawfulness/criminal-data-no-basis.js';
import { trackerWithoutConsent } from './lawfulness/tracker-without-consent.js';
import { trackerLifetime } from './lawfulness/tracker-lifetime.js';
import { recipientRoleMissing } from './transfers/recipient-role-missing.js';
import { processorNoContract } from './transfers/processor-no-contract.js';
import { jointControllerNoArrangement } from './transfers/joint-controller-no-arrangement.js';
import { recipientCountryMissing } from './transfers/recipient-country-missing.js';
import { transferNoMechanism } from './transfers/transfer-no-mechanism.js';
import { transferMechanismInvalid } from './transfers/transfer-mechanism-invalid.js';
import { dpfNotVerified } from './transfers/dpf-not-verified.js';
import { transferNoTia } from './transfers/transfer-no-tia.js';
import { derogationSystematic } from './transfers/derogation-systematic.js';
import { thirdPartySource } from './transfers/third-party-source.js';
import { retentionUnbounded } from './retention/retention-unbounded.js';
import { retentionNoTrigger } from './retention/retention-no-trigger.js';
import { retentionExceedsReference } from './retention/retention-exceeds-reference.js';
import { retentionLegalNoReference } from './retention/retention-legal-no-reference.js';
import { retentionOverlap } from './retention/retention-overlap.js';
import { dpiaMissing } from './risk/dpia-missing.js';
import { automatedDecisionNoSafeguards } from './risk/automated-decision-no-safeguards.js';
import { provisionRequirementMissing } from './transparency/provision-requirement-missing.js';
import { retentionCriteriaVague } from './transparency/retention-criteria-vague.js';
import { automatedDecisionUnexplained } from './transparency/automated-decision-unexplained.js';
import { recordStale } from './hygiene/record-stale.js';
import { waiverExpired } from './hygiene/waiver-expired.js';
import { waiverUnknownRule } from './hygiene/waiver-unknown-rule.js';
import { driftUndeclaredVendor } from './drift/drift-undeclared-vendor.js';
import { driftUndeclaredData } from './drift/drift-undeclared-data.js';
import { driftDataBeyondRecipient } from './drift/drift-data-beyond-recipient.js';
import { driftUndeclaredStore } from './drift/drift-undeclared-store.js';
import { driftProcessorUnseen } from './drift/drift-processor-unseen.js';

/**
 * Every rule by id, in the order `ropa rules` lists them: by group, then as rules.md lists them. The keys
 * are the ids (a test holds each to its rule's own), so `RuleId` is the union of them and the compiler
 * refuses an id that names no rule.
 */
const REGISTRY = {
  'yaml-syntax': yamlSyntax,
  schema,
  'duplicate-id': duplicateId,
  'unknown-reference': unknownReference,
  'organization-missing': organizationMissing,
  'unused-definition': unusedDefinition,
  'controller-contact-missing': controllerContactMissing,
  'dpo-missing': dpoMissing,
  'representative-missing': representativeMissing,
  'purpose-missing': purposeMissing,
  'subjects-missing': subjectsMissing,
  'data-items-missing': dataItemsMissing,
  'recipients-missing': recipientsMissing,
  'retention-missing': retentionMissing,
  'security-measures-missing': securityMeasuresMissing,
  'rights-channel-missing': rightsChannelMissing,
  'processor-record-incomplete': processorRecordIncomplete,
  'lawful-basis-missing': lawfulBasisMissing,
  'legitimate-interest-unstated': legitimateInterestUnstated,
  'legitimate-interest-no-assessment': legitimateInterestNoAssessment,
  'legitimate-interest-public-authority': legitimateInterestPublicAuthority,
  'legitimate-interest-children': legitimateInterestChildren,
  'consent-no-withdrawal': consentNoWithdrawal,
  'consent-no-record': consentNoRecord,
  'legal-obligation-no-reference': legalObligationNoReference,
  'child-consent-age': childConsentAge,
  'special-category-no-condition': specialCategoryNoCondition,
  'special-condition-no-law': specialConditionNoLaw,
  'criminal-data-no-basis': criminalDataNoBasis,
  'tracker-without-consent': trackerWithoutConsent,
  'tracker-lifetime': trackerLifetime,
  'recipient-role-missing': recipientRoleMissing,
  'processor-no-contract': processorNoContract,
  'joint-controller-no-arrangement': jointControllerNoArrangement,
  'recipient-country-missing': recipientCountryMissing,
  'transfer-no-mechanism': transferNoMechanism,
  'transfer-mechanism-invalid': transferMechanismInvalid,
  'dpf-not-verified': dpfNotVerified,
  'transfer-no-tia': transferNoTia,
  'derogation-systematic': derogationSystematic,
  'third-party-source': thirdPartySource,
  'retention-unbounded': retentionUnbounded,
  'retention-no-trigger': retentionNoTrigger,
  'retention-exceeds-reference': retentionExceedsReference,
  'retention-legal-no-reference': retentionLegalNoReference,
  'retention-overlap': retentionOverlap,
  'dpia-missing': dpiaMissing,
  'automated-decision-no-safeguards': automatedDecisionNoSafeguards,
  'provision-requirement-missing': provisionRequirementMissing,
  'retention-criteria-vague': retentionCriteriaVague,
  'automated-decision-unexplained': automatedDecisionUnexplained,
  'record-stale': recordStale,
  'waiver-expired': waiverExpired,
  'waiver-unknown-rule': waiverUnknownRule,
  'drift-undeclared-vendor': driftUndeclaredVendor,
  'drift-undeclared-data': driftUndeclaredData,
  'drift-data-beyond-recipient': driftDataBeyondRecipient,
  'drift-undeclared-store': driftUndeclaredStore,
  'drift-processor-unseen': driftProcessorUnseen,
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof REGISTRY;

export const RULES: readonly Rule[] = Object.values(REGISTRY);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(Object.entries(REGISTRY));

/** What `ropa lint` checks, and what `ropa drift` checks: the drift rules need evidence about the code. */
export const LINT_RULES: readonly Rule[] = RULES.filter((rule) => rule.group !== 'drift');
export const DRIFT_RULES: readonly Rule[] = RULES.filter((rule) => rule.group === 'drift');
