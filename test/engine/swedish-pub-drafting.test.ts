// How Swedish PUB-avtal write their terms, in the wording of the SKR template and its kin. Sentences written for these
// tests; the two marked "new" failed on the rules before this change: the approval's adjectives in their definite form
// after a genitive ("den personuppgiftsansvariges föregående särskilda skriftliga godkännande") and processing kept in
// the EU/EEA as a duty ("Behandlingen ... ska ske inom EU/EES").
import { expect, test } from 'vitest';
import { readUnder, valueAt } from '../helpers/drafting';

test.each<[string, string, string, unknown]>([
  ['Personuppgiftsincidenter', 'Personuppgiftsbiträdet ska utan onödigt dröjsmål, dock senast inom 24 timmar, underrätta den personuppgiftsansvarige om en personuppgiftsincident.', 'breachNotice.maxHours', 24],
  ['Underbiträden', 'Personuppgiftsbiträdet får anlita underbiträden efter den personuppgiftsansvariges allmänna skriftliga förhandsgodkännande.', 'subprocessors.authorization', 'general'],
  // new
  ['Underbiträden', 'Personuppgiftsbiträdet får inte anlita underbiträden utan den personuppgiftsansvariges föregående särskilda skriftliga godkännande.', 'subprocessors.authorization', 'specific'],
  ['Underbiträden', 'Personuppgiftsbiträdet ska informera den personuppgiftsansvarige minst 30 dagar innan ett nytt underbiträde anlitas.', 'subprocessors.noticeDays', 30],
  ['Underbiträden', 'Den personuppgiftsansvarige har rätt att invända mot ett nytt underbiträde inom 14 dagar från meddelandet.', 'subprocessors.objectionDays', 14],
  ['Avtalets upphörande', 'Senast 60 dagar efter avtalets upphörande ska personuppgiftsbiträdet återlämna eller radera personuppgifterna.', 'deletion.deleteWithinDays', 60],
  ['Granskning', 'Den personuppgiftsansvarige har rätt att genomföra granskning med 30 dagars varsel.', 'audit.noticeDays', 30],
  ['Tillämplig lag', 'Detta avtal ska tolkas och tillämpas i enlighet med svensk lag.', 'governingLaw.country', 'Sweden'],
  ['Tredje land', 'Personuppgifter får inte överföras till tredje land utan den personuppgiftsansvariges skriftliga godkännande.', 'transfers.outsideEEA', 'consent'],
  // new
  ['Tredje land', 'Behandlingen av personuppgifter ska ske inom EU/EES.', 'transfers.outsideEEA', 'no'],
  ['Ansvar', 'Personuppgiftsbiträdets ansvar enligt detta avtal är begränsat till ett belopp motsvarande avgifterna under de senaste tolv månaderna.', 'liability.capped', true],
])('%s: %s', (heading, sentence, path, want) => expect(valueAt(readUnder('sv', heading, sentence).terms, path)).toEqual(want));
