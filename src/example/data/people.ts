/**
 * Small helpers that keep the example data compact: a contact from a name, a
 * role and the organisation's example.org domain; an organisation's website.
 * Every name, address and organisation in the example is fictional.
 */
import type { Contact } from '../../model/partner';

/** The fictional website of an organisation on example.org. */
export function website(domain: string): string {
  return `https://${domain}.example.org`;
}

/**
 * A contact with an example.org email derived from the name
 * ("Dr. Imani Brooks", "hospital" -> imani.brooks@hospital.example.org).
 * Without a domain (a prospect we only know by name) the contact has no email.
 */
export function person(name: string, role: string, domain?: string): Contact {
  if (domain === undefined) return { name, role };
  const local = name
    .replace(/^Dr\.\s+/, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');
  return { name, role, email: `${local}@${domain}.example.org` };
}
