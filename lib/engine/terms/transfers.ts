/** The transfers term: whether data leaves the EU/EEA and under which mechanisms, the DPA's own stance before the SCCs'. */
import type { Reason, Terms, TransferMechanism, TransferStance } from '../report';
import type { Doc } from '../text/types';
import { OWN, evidence, type Candidate } from './candidates';
import * as V from '../vocabulary';

const MECHANISMS = V.MECHANISMS;
/** A condition before a stay-in-the-EEA statement ("If Courier is unable to comply ..., then ... exclusively within"): a fallback, not the stance. */
const FALLBACK = /\b(?:if|where|when|unless|except|to the extent|should|in the event|in case)\b/;
const conditional = (c: Candidate, at: number) => FALLBACK.test(c.norm.slice(0, at));

function transfers(cands: Candidate[], doc: Doc): Terms['transfers'] {
  if (!cands.length) return null;
  const mechanisms = new Set<TransferMechanism>();
  let no: Candidate | null = null;
  let consent: Candidate | null = null;
  let yes: Candidate | null = null;
  let kept: Candidate | null = null;
  let yesNames = false;
  const names = (c: Candidate) => MECHANISMS.some(([re]) => re.test(c.norm));
  for (const c of cands) {
    for (const [re, m] of MECHANISMS) if (re.test(c.norm)) mechanisms.add(m);
    // "shall not transfer Personal Data outside the EEA without the prior written consent of the Controller": a
    // transfer the controller may allow, not a promise to stay.
    const withConsent = V.ONLY_WITH_CONSENT.test(c.norm);
    // "shall not transfer Personal Data outside the EEA unless it has taken such measures as are necessary ... such as
    // the Standard Contractual Clauses": a transfer permitted on conditions, not a promise to stay.
    // A denial with no destination takes the place its heading names: "11. Överföring av uppgifter utanför EU eller EES"
    // over "Uppgifter överförs inte."
    const stays = V.STAYS_IN_EEA.exec(c.norm) ?? (V.TRANSFER_DENIED.test(c.norm) && (V.OUTSIDE_HOME.test(c.heading) || V.THIRD_COUNTRY.test(c.heading)) ? V.TRANSFER_DENIED.exec(c.norm) : null);
    const rest = stays ? c.norm.slice(stays.index + stays[0].length) : '';
    const onConditions = !!stays && V.TRANSFER_CONDITION.test(rest);
    // "... unless the Controller has given its prior written consent / instructed it to": the controller's leave.
    // "... unless otherwise agreed in writing with the Controller": leave given by agreement.
    const byLeave = onConditions && /^[^.]{0,120}\b(?:consent|approv|authori[sz]|instruct|otherwise agreed|agreed otherwise|agreed (?:in writing|upon))/.test(rest);
    if (onConditions && !withConsent && !byLeave) {
      if (!yes) yes = c;
    } else if (!consent && byLeave && !withConsent) consent = c;
    // "If Courier is unable to comply with these requirements, then EU Personal Data will be processed ... exclusively within
    // the territory of a member state": a fallback on a condition, not the stance.
    else if (!no && !withConsent && stays && !conditional(c, stays.index)) no = c;
    else if (!consent && withConsent) consent = c;
    // Of the clauses saying transfers happen, the first that also names how they are made shows both.
    else if ((!yes || (!yesNames && names(c))) && V.TRANSFERS_HAPPEN.test(c.norm) && !V.NOT_TRANSFER.test(c.norm)) {
      yes = c;
      yesNames = names(c);
    }
    else if (!kept && V.KEPT_IN_EEA.test(c.norm) && !conditional(c, c.norm.search(V.KEPT_IN_EEA))) kept = c;
  }
  // A mechanism named outside the tagged transfer sentences still counts ("... decisions on the adequacy of ...").
  const whole = doc.norm.replace(/\s+/g, ' ');
  for (const [re, m] of MECHANISMS) if (!mechanisms.has(m) && re.test(whole)) mechanisms.add(m);
  let stance: TransferStance | null = null;
  let at: Candidate = cands[0];
  const why: Reason[] = [];
  if (no) {
    stance = 'no';
    at = no;
    why.push({ rule: 'transfer-eea-only', reason: 'processing is said to stay in the EU/EEA' });
  } else if (consent) {
    stance = 'consent';
    at = consent;
    why.push({ rule: 'transfer-with-consent', reason: "transfers need the controller's prior consent" });
  } else if (kept && !yes) {
    // "processed and stored within the European Union", with no transfer said to happen.
    stance = 'no';
    at = kept;
    why.push({ rule: 'transfer-kept-in-eea', reason: 'the data is said to be processed and stored in the EU/EEA' });
  } else if (yes || mechanisms.size) {
    stance = 'yes';
    at = yes ?? cands.find((c) => MECHANISMS.some(([re]) => re.test(c.norm))) ?? cands[0];
    why.push({ rule: 'transfer-permitted', reason: yes ? 'transfers outside the EU/EEA are made or permitted' : 'transfer safeguards are named, so transfers happen' });
  }
  if (mechanisms.size) why.push({ rule: 'transfer-mechanisms', reason: `names ${[...mechanisms].join(', ')}`, args: { mechanisms: [...mechanisms].join(', ') } });
  return { outsideEEA: stance, mechanisms: [...mechanisms], ...evidence(at, why) };
}

/** The DPA's own stance on transfers first; the SCCs' wording only when the body takes none. */
export function transfersByLayer(cands: Candidate[], doc: Doc): Terms['transfers'] {
  const own = transfers(cands.filter((c) => OWN.has(c.layer)), doc);
  return own?.outsideEEA ? own : (transfers(cands, doc) ?? own);
}
