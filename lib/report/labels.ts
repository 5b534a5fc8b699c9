/** Category names as reviewers read them; a module of its own so the in-page card gets them without the rest of lib/format. */
import type { Category } from '../engine/report';

export const CATEGORY_LABELS: Record<Category, string> = {
  'breach-notification': 'Breach notification',
  'international-transfer': 'International transfers',
  'retention-deletion': 'Retention & deletion',
  subprocessors: 'Sub-processors',
  audit: 'Audit rights',
  'security-measures': 'Security measures',
  liability: 'Liability',
  'governing-law': 'Governing law',
  'data-subject-rights': 'Data-subject rights',
  'government-access': 'Government access',
  confidentiality: 'Confidentiality',
  'data-collection': 'Data collected',
  'purposes-legal-basis': 'Purposes & legal basis',
  sharing: 'Sharing',
  'cookies-tracking': 'Cookies & tracking',
  'automated-decisions': 'Automated decisions',
  children: 'Children',
  contact: 'Contact',
  'policy-changes': 'Policy changes',
};
