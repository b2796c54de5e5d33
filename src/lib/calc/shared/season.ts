/**
 * Seasonal curves shared by the calculators: the KPI calculator splits a year's target by them, and the stock
 * calculator reads a peak month's multiplier from them, so both plan the same year.
 */

/**
 * An illustrative Chinese retail year as a monthly index (100 = an average month): a February dip for the
 * Spring Festival, when couriers and warehouses pause; 3.8 in March; 618 in June; a summer lull; Double 11
 * in November, with pre-sales from late October; Double 12 and year-end gifting in December. Replace it
 * with your own history when you have one.
 */
export const CHINA_RETAIL_MONTHS: readonly number[] = [95, 70, 90, 85, 95, 125, 80, 85, 90, 100, 150, 115];
