// A how-to guide walks its reader through an interface; that is no privacy notice, even when the form it
// describes asks for personal data. Real passages from the corpus, and the policies' own sentences that
// mention a button once without becoming guides.
import { describe, expect, test } from 'vitest';
import { classifyDocType, scoreDocType } from '../../lib/engine/detect/pagetype';

const stepsPoints = (text: string) => scoreDocType({ text, title: null, headings: [] }).contributions.find((c) => c.rule === 'explainer-steps')?.points ?? 0;

describe('a guide\'s steps through an interface vote "other"', () => {
  test.each([
    ['sv, Digidem Lab "Skapa ett konto"', 'För att skapa ett konto, tryck på knappen Registrera. Du kommer behöva fylla in: ett namn, ett användarnamn, en e-postadress, ett lösenord. Och möjlightvis mer frivillig demografisk information som vi samlar för att kunna mäta deltaganden på ett bättre sätt. Äntligen kan du trycka på knappen Registrera!'],
    ['de, EUSurvey consent steps', 'Bitte klicken Sie unten auf die Schaltfläche „Ich stimme zu“, um zu zeigen, dass Sie die Erklärung gelesen haben. Andernfalls klicken Sie bitte auf die Schaltfläche „Ich stimme nicht zu“.'],
    ['en, a sign-up walkthrough', 'To create an account, click on the Register button. Fill in the form with your name and e-mail address. Then click the button labelled Confirm; you will then receive an email to confirm your account.'],
  ])('%s', (_name, text) => {
    expect(stepsPoints(text)).toBeGreaterThan(0);
    expect(classifyDocType({ text, title: null, headings: [] }).docType).toBe('other');
  });

  test.each([
    ['sv, Vibecoding integritetspolicy style', 'Du kan när som helst avregistrera dig från nyhetsbrevet genom att klicka på länken i mejlet. Vi behandlar dina personuppgifter för att skicka nyhetsbrevet.'],
    ['de, Mozilla Websites', 'Die Schaltflächen auf Mozilla-Websites zur Freigabe für Social Media sind so angelegt, dass Daten erst für den jeweiligen Social-Media-Anbieter freigegeben werden, wenn Sie auf das Symbol klicken.'],
  ])('one mention of a button in a notice is no guide: %s', (_name, text) => {
    expect(stepsPoints(text)).toBe(0);
  });
});
