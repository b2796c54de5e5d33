/**
 * The limits every calculator shares. One money limit: amounts a person can type or a link can carry, in
 * minor units (one billion major units of any supported currency).
 */
export const MONEY_LIMIT = 100_000_000_000;
