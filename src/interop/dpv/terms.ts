// ropa's keys as DPV 2.2 terms: the GDPR extension's articles for lawful bases, Art 9(2) conditions and
// transfer tools; DPV's subject types for fideslang data subject keys; pd: concepts for fideslang data
// category keys. Every term here is in src/reference/dpv-terms.json (a test checks each one emitted).

export const LAWFUL_BASIS: Record<string, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  'legal-obligation': 'eu-gdpr:A6-1-c',
  'vital-interests': 'eu-gdpr:A6-1-d',
  'public-task': 'eu-gdpr:A6-1-e',
  'legitimate-interests': 'eu-gdpr:A6-1-f',
};

export const ART9_CONDITION: Record<string, string> = {
  'explicit-consent': 'eu-gdpr:A9-2-a',
  'employment-social-security': 'eu-gdpr:A9-2-b',
  'vital-interests-incapable': 'eu-gdpr:A9-2-c',
  'not-for-profit-members': 'eu-gdpr:A9-2-d',
  'made-public': 'eu-gdpr:A9-2-e',
  'legal-claims': 'eu-gdpr:A9-2-f',
  'substantial-public-interest': 'eu-gdpr:A9-2-g',
  'health-social-care': 'eu-gdpr:A9-2-h',
  'public-health': 'eu-gdpr:A9-2-i',
  'archiving-research-statistics': 'eu-gdpr:A9-2-j',
};

export const TRANSFER_BASIS: Record<string, string> = {
  adequacy: 'eu-gdpr:A45-3',
  dpf: 'eu-gdpr:A45-3',
  'public-instrument': 'eu-gdpr:A46-2-a',
  bcr: 'eu-gdpr:A46-2-b',
  scc: 'eu-gdpr:A46-2-c',
  'sa-scc': 'eu-gdpr:A46-2-d',
  'code-of-conduct': 'eu-gdpr:A46-2-e',
  certification: 'eu-gdpr:A46-2-f',
  'ad-hoc-clauses': 'eu-gdpr:A46-3-a',
  'administrative-arrangement': 'eu-gdpr:A46-3-b',
  'derogation-explicit-consent': 'eu-gdpr:A49-1-a',
  'derogation-contract': 'eu-gdpr:A49-1-b',
  'derogation-contract-in-interest': 'eu-gdpr:A49-1-c',
  'derogation-public-interest': 'eu-gdpr:A49-1-d',
  'derogation-legal-claims': 'eu-gdpr:A49-1-e',
  'derogation-vital-interests': 'eu-gdpr:A49-1-f',
  'derogation-public-register': 'eu-gdpr:A49-1-g',
  // DPV names the second subparagraph of Art 49(1) "A49-2 legitimate interests"
  'compelling-legitimate-interests': 'eu-gdpr:A49-2',
};

/** The recipient's role as the DPV class of the entity and the process property that names it. */
export const RECIPIENT_ROLE: Record<string, { type: string; property: string }> = {
  internal: { type: 'dpv:Recipient', property: 'dpv:hasRecipient' },
  processor: { type: 'dpv:DataProcessor', property: 'dpv:hasDataProcessor' },
  'sub-processor': { type: 'dpv:DataProcessor', property: 'dpv:hasDataProcessor' },
  controller: { type: 'dpv:DataController', property: 'dpv:hasRecipientDataController' },
  'joint-controller': { type: 'dpv:DataController', property: 'dpv:hasRecipientDataController' },
  authority: { type: 'dpv:Authority', property: 'dpv:hasRecipient' },
  public: { type: 'dpv:ThirdParty', property: 'dpv:hasRecipientThirdParty' },
};

export const SUBJECT_TYPES: Record<string, string> = {
  customer: 'dpv:Customer',
  employee: 'dpv:Employee',
  job_applicant: 'dpv:JobApplicant',
  visitor: 'dpv:Visitor',
  patient: 'dpv:Patient',
  citizen_voter: 'dpv:Citizen',
};

/** fideslang data category keys with a pd: concept of the same meaning. */
export const PERSONAL_DATA: Record<string, string> = {
  'user.name': 'pd:Name',
  'user.contact': 'pd:Contact',
  'user.contact.email': 'pd:EmailAddress',
  'user.contact.phone_number': 'pd:TelephoneNumber',
  'user.contact.address': 'pd:PhysicalAddress',
  'user.contact.address.city': 'pd:City',
  'user.contact.address.country': 'pd:Country',
  'user.contact.address.postal_code': 'pd:PostalCode',
  'user.contact.address.street': 'pd:Street',
  'user.device.ip_address': 'pd:IPAddress',
  'user.unique_id': 'pd:UID',
  'user.account.username': 'pd:Username',
  'user.authorization.password': 'pd:Password',
  'user.financial': 'pd:Financial',
  'user.financial.bank_account': 'pd:BankAccount',
  'user.financial.credit_card': 'pd:CreditCardNumber',
  'user.demographic.date_of_birth': 'pd:BirthDate',
  'user.demographic.gender': 'pd:Gender',
  'user.demographic.language': 'pd:Language',
  'user.demographic.marital_status': 'pd:MaritalStatus',
  'user.demographic.political_opinion': 'pd:PoliticalOpinion',
  'user.demographic.religious_belief': 'pd:ReligiousBelief',
  'user.demographic.race_ethnicity': 'pd:EthnicOrigin',
  'user.health_and_medical': 'pd:Health',
  'user.health_and_medical.genetic': 'pd:Genetic',
  'user.biometric': 'pd:Biometric',
  'user.biometric.fingerprint': 'pd:Fingerprint',
  'user.location': 'pd:Location',
  'user.behavior.browsing_history': 'pd:BrowserHistory',
  'user.government_id': 'pd:OfficialID',
  'user.government_id.passport_number': 'pd:Passport',
  'user.criminal_history': 'pd:Criminal',
  'user.job_title': 'pd:Job',
  'user.social': 'pd:SocialMedia',
};
