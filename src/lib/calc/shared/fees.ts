/** Percentage fees as every calculator charges them: on the gross price the customer pays, or on the net price. */

export type FeeBase = 'gross' | 'net';

export interface PercentFee {
  label: string;
  /** Decimal rate, 0.05 for 5 %. */
  rate: number;
  /** The price the fee is charged on. */
  base: FeeBase;
}

/**
 * The share of the net price that percentage fees take: Σ rate × (1 + VAT) for fees on the gross price,
 * Σ rate for fees on the net price. Inputs are validated by the calling calculator.
 * @example feeShare({ fees: [{ label: 'c', rate: 0.05, base: 'gross' }], vatRate: 0.13 }) //=> 0.0565
 */
export function feeShare(input: { fees: readonly PercentFee[]; vatRate: number }): number {
  return input.fees.reduce((sum, fee) => sum + fee.rate * (fee.base === 'gross' ? 1 + input.vatRate : 1), 0);
}
