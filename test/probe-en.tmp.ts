import { readUnder, valueAt } from './helpers/drafting';
type C = [heading: string, sentence: string, path: string, want: unknown];
const cases: C[] = [
  ['Security Breach', 'Processor shall notify Controller of a Personal Data Breach without undue delay and in any case within forty-eight (48) hours of becoming aware of it.', 'breachNotice.maxHours', 48],
  ['Security Breach', 'Vendor will inform Customer of any Security Breach promptly, but in no event later than seventy-two hours after discovery.', 'breachNotice.maxHours', 72],
  ['Incident Notification', 'Upon becoming aware of a Data Incident, Provider will notify Customer within 36 hours.', 'breachNotice.maxHours', 36],
  ['Breach', 'Supplier must report any personal data breach to the Customer no later than 24 hours after it has become aware of the breach.', 'breachNotice.maxHours', 24],
  ['Breach', 'The Processor shall without undue delay, and where feasible within 48 hours, notify the Controller of any Personal Data Breach.', 'breachNotice.maxHours', null],
  ['Breach', 'In the event of a Personal Data Breach, Processor shall notify Controller within two (2) business days.', 'breachNotice.maxHours', 48],
  ['Breach', 'Company will notify Customer of a Security Incident within one day of discovery.', 'breachNotice.maxHours', 24],
  ['Sub-processors', 'Customer hereby provides a general authorisation for Processor to engage Sub-processors.', 'subprocessors.authorization', 'general'],
  ['Sub-processors', 'Processor shall not engage any Sub-processor without the prior specific written authorisation of the Controller.', 'subprocessors.authorization', 'specific'],
  ['Sub-processors', 'Processor will notify Customer at least fourteen (14) days before authorizing any new Sub-processor.', 'subprocessors.noticeDays', 14],
  ['Sub-processors', 'Vendor shall provide Customer with thirty (30) days prior written notice of any intended changes concerning the addition or replacement of Subprocessors.', 'subprocessors.noticeDays', 30],
  ['Sub-processors', 'Customer may object to the appointment of a new Sub-processor within ten (10) days of such notice.', 'subprocessors.objectionDays', 10],
  ['Sub-processors', 'If Customer does not object within fifteen days of receipt of the notice, the new Sub-processor shall be deemed accepted.', 'subprocessors.objectionDays', 15],
  ['Sub-processors', 'We will give you at least one month’s notice before a new subprocessor processes your data.', 'subprocessors.noticeDays', 30],
  ['Return or Deletion', 'Within thirty (30) days after termination of the Agreement, Processor shall delete all Customer Personal Data.', 'deletion.deleteWithinDays', 30],
  ['Return or Deletion', 'Upon termination or expiration of the Agreement, Vendor shall return or destroy all Personal Data within ninety (90) days.', 'deletion.deleteWithinDays', 90],
  ['Return or Deletion', 'Following the end of the Services, Supplier will securely delete Customer Data no later than 60 days thereafter.', 'deletion.deleteWithinDays', 60],
  ['Deletion', 'Provider will delete Customer Data within 6 months of the termination of the Agreement.', 'deletion.deleteWithinDays', 180],
  ['Audit', 'Customer may audit Processor’s compliance with this DPA once per year upon thirty (30) days’ prior written notice.', 'audit.noticeDays', 30],
  ['Audit', 'Customer may audit Processor’s compliance with this DPA once per year upon thirty (30) days’ prior written notice.', 'audit.maxPerYear', 1],
  ['Audits', 'Audits may be conducted no more than once in any twelve (12) month period, with at least 14 days advance notice.', 'audit.noticeDays', 14],
  ['Audits', 'Controller may, at its own cost and on reasonable prior notice, inspect the Processor’s premises not more than twice per calendar year.', 'audit.maxPerYear', 2],
  ['Liability', 'Each party’s liability arising out of or related to this DPA is subject to the limitation of liability section of the Agreement.', 'liability.capped', true],
  ['Liability', 'The total aggregate liability of Processor under this DPA shall not exceed the fees paid by Customer in the twelve months preceding the claim.', 'liability.capped', true],
  ['Liability', 'Nothing in this DPA limits either party’s liability for breach of Data Protection Laws.', 'liability.capped', false],
  ['Governing Law', 'This DPA shall be governed by and construed in accordance with the laws of England and Wales.', 'governingLaw.country', 'United Kingdom'],
  ['Governing Law', 'This Addendum is governed by the laws of the State of New York.', 'governingLaw.country', 'United States'],
  ['Governing Law', 'This Addendum is governed by the laws of the State of New York.', 'governingLaw.region', 'New York'],
  ['Governing Law', 'The parties submit to the exclusive jurisdiction of the courts of Amsterdam, the Netherlands, and this DPA is governed by Dutch law.', 'governingLaw.country', 'Netherlands'],
  ['Governing Law', 'This DPA will be governed by the law governing the Agreement.', 'governingLaw.country', null],
  ['Transfers', 'Processor shall not transfer Personal Data outside the European Economic Area without the prior written consent of Controller.', 'transfers.outsideEEA', 'consent'],
  ['Transfers', 'All Personal Data is stored and processed exclusively in data centres located in Germany.', 'transfers.outsideEEA', 'no'],
  ['Transfers', 'Where Personal Data is transferred to a Third Country, the parties shall rely on the Standard Contractual Clauses.', 'transfers.outsideEEA', 'yes'],
  ['Transfers', 'Provider is certified under the EU-U.S. Data Privacy Framework and relies on it for transfers to the United States.', 'transfers.mechanisms', ['dpf']],
  ['Transfers', 'Vendor may process Customer Personal Data in the United States and in any other country in which Vendor or its Sub-processors maintain facilities.', 'transfers.outsideEEA', 'yes'],
  ['Breach', 'Customer shall notify the supervisory authority within 72 hours.', 'breachNotice', null],
];
let bad = 0;
for (const [h, s, path, want] of cases) {
  const r = readUnder('en', h, s);
  let got = valueAt(r.terms, path);
  if (Array.isArray(want)) got = Array.isArray(got) ? [...got].sort() : got;
  if (JSON.stringify(got ?? null) !== JSON.stringify(want)) { bad++; console.log('✗', s.slice(0, 100), '\n    ', path, JSON.stringify(got), 'want', JSON.stringify(want)); }
}
console.log(`${cases.length - bad}/${cases.length} ok`);
