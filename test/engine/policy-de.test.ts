// A German Datenschutzerklärung as the common generator templates word it (written for this test): each sentence under
// its usual section heading is tagged with the category a reviewer expects.
import { expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { categoriesOf, readUnder } from '../helpers/drafting';

const policyCategories = (heading: string, sentence: string): string[] => {
  const report = readUnder('policyDe', heading, sentence);
  expect(report.docType).toBe('privacy-policy');
  return categoriesOf(report, sentence);
};

test.each([
  ["data-collection", "Server-Log-Dateien", "Der Provider der Seiten erhebt und speichert automatisch Informationen in so genannten Server-Log-Dateien, die Ihr Browser automatisch an uns übermittelt."],
  ["data-collection", "Server-Log-Dateien", "Dies sind: Browsertyp und Browserversion, verwendetes Betriebssystem, Referrer URL, Hostname des zugreifenden Rechners, Uhrzeit der Serveranfrage und IP-Adresse."],
  ["purposes-legal-basis", "Server-Log-Dateien", "Die Erfassung dieser Daten erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO."],
  ["purposes-legal-basis", "Kontaktformular", "Die Verarbeitung dieser Daten erfolgt auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO, sofern Ihre Anfrage mit der Erfüllung eines Vertrags zusammenhängt."],
  ["data-collection", "Kontaktformular", "Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben aus dem Anfrageformular inklusive der von Ihnen dort angegebenen Kontaktdaten zwecks Bearbeitung der Anfrage bei uns gespeichert."],
  ["sharing", "Kontaktformular", "Diese Daten geben wir nicht ohne Ihre Einwilligung weiter."],
  ["retention-deletion", "Kontaktformular", "Die von Ihnen im Kontaktformular eingegebenen Daten verbleiben bei uns, bis Sie uns zur Löschung auffordern, Ihre Einwilligung zur Speicherung widerrufen oder der Zweck für die Datenspeicherung entfällt."],
  ["retention-deletion", "Speicherdauer", "Soweit innerhalb dieser Datenschutzerklärung keine speziellere Speicherdauer genannt wurde, verbleiben Ihre personenbezogenen Daten bei uns, bis der Zweck für die Datenverarbeitung entfällt."],
  ["data-subject-rights", "Ihre Rechte", "Sie haben jederzeit das Recht, unentgeltlich Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten personenbezogenen Daten zu erhalten."],
  ["data-subject-rights", "Ihre Rechte", "Sie haben außerdem ein Recht, die Berichtigung oder Löschung dieser Daten zu verlangen."],
  ["contact", "Beschwerderecht", "Im Falle von Verstößen gegen die DSGVO steht den Betroffenen ein Beschwerderecht bei einer Aufsichtsbehörde zu."],
  ["data-subject-rights", "Datenübertragbarkeit", "Sie haben das Recht, Daten, die wir auf Grundlage Ihrer Einwilligung oder in Erfüllung eines Vertrags automatisiert verarbeiten, an sich oder an einen Dritten in einem gängigen, maschinenlesbaren Format aushändigen zu lassen."],
  ["security-measures", "SSL- bzw. TLS-Verschlüsselung", "Diese Seite nutzt aus Sicherheitsgründen und zum Schutz der Übertragung vertraulicher Inhalte eine SSL- bzw. TLS-Verschlüsselung."],
  ["cookies-tracking", "Cookies", "Unsere Internetseiten verwenden so genannte Cookies."],
  ["cookies-tracking", "Cookies", "Cookies sind kleine Datenpakete und richten auf Ihrem Endgerät keinen Schaden an."],
  ["cookies-tracking", "Cookies", "Sie können Ihren Browser so einstellen, dass Sie über das Setzen von Cookies informiert werden und Cookies nur im Einzelfall erlauben."],
  ["international-transfer", "Hosting", "Die Datenübertragung in die USA wird auf die Standardvertragsklauseln der EU-Kommission gestützt."],
  ["international-transfer", "Hosting", "Das Unternehmen verfügt über eine Zertifizierung nach dem EU-US Data Privacy Framework (DPF)."],
  ["sharing", "Hosting", "Wir setzen folgenden Hoster ein: Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen."],
  ["contact", "Verantwortliche Stelle", "Verantwortliche Stelle ist die natürliche oder juristische Person, die allein oder gemeinsam mit anderen über die Zwecke und Mittel der Verarbeitung von personenbezogenen Daten entscheidet."],
  ["contact", "Datenschutzbeauftragter", "Wir haben für unser Unternehmen einen Datenschutzbeauftragten bestellt."],
  ["purposes-legal-basis", "Newsletter", "Die Verarbeitung der in das Newsletteranmeldeformular eingegebenen Daten erfolgt ausschließlich auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)."],
  ["cookies-tracking", "Analyse-Tools", "Diese Website nutzt Funktionen des Webanalysedienstes Matomo."],
  ["data-subject-rights", "Widerspruchsrecht", "Wenn die Datenverarbeitung auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO erfolgt, haben Sie jederzeit das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, gegen die Verarbeitung Ihrer personenbezogenen Daten Widerspruch einzulegen."],
  ["policy-changes", "Änderungen", "Wir behalten uns vor, diese Datenschutzerklärung anzupassen, damit sie stets den aktuellen rechtlichen Anforderungen entspricht."],
  ["retention-deletion", "Speicherdauer", "Die Server-Log-Dateien werden nach sieben Tagen automatisch gelöscht."],
  ["sharing", "Empfänger", "Eine Übermittlung Ihrer persönlichen Daten an Dritte zu anderen als den im Folgenden aufgeführten Zwecken findet nicht statt."],
  ["data-subject-rights", "Widerruf", "Sie können eine bereits erteilte Einwilligung jederzeit widerrufen."],
  // The generator's wording (jonaswanke-datenschutz.de.md): the right by its heading, the measure by its heading.
  ["data-subject-rights", "Recht auf Datenübertragbarkeit", "Ihnen steht das Recht zu, Daten, die wir auf Grundlage Ihrer Einwilligung oder in Erfüllung eines Vertrags automatisiert verarbeiten, an sich oder an Dritte aushändigen zu lassen."],
  ["security-measures", "SSL- bzw. TLS-Verschlüsselung", "Damit sind Daten, die Sie über diese Website übermitteln, für Dritte nicht mitlesbar."],
  // A federal notice (rechtsinformationen-datenschutz.de.md): the legal basis by consent, the servers in the EU.
  ["purposes-legal-basis", "Feedback Box", "Die Datenverarbeitung erfolgt auf Grundlage Ihrer Einwilligung (Artikel 6 Abs. 1 UAbs. 1 lit. a) DS-GVO)."],
  ["international-transfer", "Empfänger", "Ihre personenbezogenen Daten werden ausschließlich auf Servern innerhalb der Europäischen Union/des Europäischen Wirtschaftsraums verarbeitet und nicht an unberechtigte Dritte weitergeleitet."],
] as const)('%s under "%s": "%s"', (category, heading, sentence) => {
  expect(policyCategories(heading, sentence)).toContain(category);
});

// A recipient certified under the Privacy Shield receives the data in the US: a transfer with no valid mechanism.
test('"Google ist für das ... „Privacy Shield“ zertifiziert" states a transfer outside the EEA', () => {
  const report = readUnder('policyDe', 'Firebase Hosting', 'Das Unternehmen Google ist für das us-europäische Datenschutzübereinkommen "Privacy Shield" zertifiziert.');
  expect(report.terms.transfers?.outsideEEA).toBe('yes');
  expect(report.terms.transfers?.mechanisms).toEqual([]);
});

// A short notice that says what is not done with personal data is a privacy policy (written for this test, in the words of
// lieferkarte-datenschutz.de.md and wearauthn-privacy.de.md).
test('"Datenschutz & Hinweise: Es werden keine personenbezogenen Daten erhoben" is a privacy policy', () => {
  const md = '# Datenschutz & Hinweise\n\nDies ist ein privates Projekt. Es werden keine personenbezogenen Daten erhoben, gespeichert oder verarbeitet.\n\n- Keine Cookies.\n- Kein Tracking, keine Analyse, keine Werbung.\n\nDie Seite speichert keinerlei persönliche Daten.\n';
  const { report } = analyzeText(readInput(md, 'markdown'), { source: 'datenschutz.md' });
  expect(report.docType).toBe('privacy-policy');
});
