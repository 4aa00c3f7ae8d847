/**
 * The home partner: the organisation whose map this is (the project, centre or
 * ecosystem backbone). Snowball suggestions are made for it.
 */
import { assertNetwork, assertPartner } from './assert-network';
import type { AnyNetwork } from './types';

/** The home partner's id, or undefined when none is set. */
export function getHome(network: AnyNetwork): string | undefined {
  assertNetwork('getHome', network);
  const home: unknown = network.getAttribute('home');
  return typeof home === 'string' ? home : undefined;
}

/** Marks a partner as home, or clears home with `undefined`. */
export function setHome(network: AnyNetwork, id: string | undefined): void {
  assertNetwork('setHome', network);
  if (id === undefined) {
    network.removeAttribute('home');
    return;
  }
  assertPartner('setHome', network, id);
  network.setAttribute('home', id);
}
