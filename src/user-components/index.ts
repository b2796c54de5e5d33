/** Components chapter authors use in MDX without importing them (passed to `<Content components>`). */
import Steps from './Steps.astro';
import Step from './Step.astro';
import Checklist from './Checklist.astro';
import Metrics from './Metrics.astro';
import Metric from './Metric.astro';
import Example from './Example.astro';
import Pitfalls from './Pitfalls.astro';
import Term from './Term.astro';
import Calculator from './Calculator.astro';
import CalculatorLink from './CalculatorLink.astro';
import PricingExample from './PricingExample.astro';
import PromotionExample from './PromotionExample.astro';
import KpiExample from './KpiExample.astro';
import IncentiveExample from './IncentiveExample.astro';
import SectionEnd from './SectionEnd.astro';

export const mdxComponents = {
  Steps,
  Step,
  Checklist,
  Metrics,
  Metric,
  Example,
  Pitfalls,
  Term,
  Calculator,
  CalculatorLink,
  PricingExample,
  PromotionExample,
  KpiExample,
  IncentiveExample,
  SectionEnd,
};
