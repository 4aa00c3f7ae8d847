/**
 * Communication routines (Practice Brief 3: "establish communication routines
 * and tools right away"): one point of contact per partner, an agreed mode and
 * an agreed frequency, used to flag overdue contact.
 */
import { memberOf } from './vocabulary';

/** How a partner prefers to be reached. */
export const COMMUNICATION_MODES = ['email', 'phone', 'video', 'in-person', 'text', 'newsletter'] as const;
/** A communication mode. */
export type CommunicationMode = (typeof COMMUNICATION_MODES)[number];
/** True when `value` is one of {@link COMMUNICATION_MODES}. */
export const isCommunicationMode = memberOf(COMMUNICATION_MODES);

/** How often contact is agreed. `as-needed` is never overdue. */
export const COMMUNICATION_FREQUENCIES = [
  'weekly',
  'fortnightly',
  'monthly',
  'quarterly',
  'twice-yearly',
  'yearly',
  'as-needed',
] as const;
/** A communication frequency. */
export type CommunicationFrequency = (typeof COMMUNICATION_FREQUENCIES)[number];
/** True when `value` is one of {@link COMMUNICATION_FREQUENCIES}. */
export const isCommunicationFrequency = memberOf(COMMUNICATION_FREQUENCIES);

/**
 * Days after which contact at each frequency is overdue. Months are counted
 * generously (31 days) so that "monthly" is not overdue on the 31st.
 */
export const FREQUENCY_DAYS: Readonly<Record<CommunicationFrequency, number>> = {
  weekly: 7,
  fortnightly: 14,
  monthly: 31,
  quarterly: 92,
  'twice-yearly': 183,
  yearly: 366,
  'as-needed': Number.POSITIVE_INFINITY,
};
