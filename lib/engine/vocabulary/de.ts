/**
 * German phrases the engine already reads (Pocket's German policy, German-style DPAs). A partial
 * table: the slots it fills are joined with the English ones (see index.ts); a fuller German table
 * can grow here without touching the rules.
 */
import type { PartialVocabulary } from './index';

export const de: PartialVocabulary = {
  verbs: {
    notify: ['benachrichtig', 'informier', 'meld'],
    erase: ['löschen', 'gelöscht', 'löschung'],
    keep: ['aufbewahr', 'gespeichert', 'speicher'],
  },
  objects: {
    breach: ['verletzung des schutzes', 'datenpanne', 'sicherheitsvorfall'],
    breachNotice: ['sicherheitsversto'],
    subprocessor: ['unterauftragsverarbeiter'],
    audit: ['kontrollen?\\b', 'prüfung'],
    liability: ['haftung', 'haftet\\b'],
  },
  transfers: {
    thirdCountry: ['drittland', 'drittländer', 'drittstaat'],
    outside: ['außerhalb (?:der|des) '],
    home: ['ewr\\b', 'europäischen'],
    mechanisms: { scc: ['standardvertragsklauseln'], adequacy: ['angemessenheitsbeschluss'], dpf: [], bcr: [], tia: [] },
  },
  breach: { qualifiers: { immediately: ['unverzüglich'], 'without-undue-delay': [], promptly: [] } },
  liability: { capped: ['haftung\\b[^.]{0,60}\\bbeschränkt', 'haftungsbegrenzung'] },
};
