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
import Guardrail from './Guardrail.astro';
import PlatformRef from './PlatformRef.astro';
import DecideRef from './DecideRef.astro';
import WorkedExample from './WorkedExample.astro';
import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import { calculators, type CalculatorName } from '../calculators';

/** `<WorkedExample>` with the calculator already named: the tag the registry gives each calculator. */
function exampleTag(name: CalculatorName) {
  return createComponent(($$result, $$props, $$slots) =>
    render`${renderComponent($$result, 'WorkedExample', WorkedExample, { ...($$props as object), name }, $$slots)}`,
  );
}
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
  Guardrail,
  PlatformRef,
  DecideRef,
  WorkedExample,
  SectionEnd,
  // <PricingExample />, <PromotionExample />, …: one tag per calculator in the registry.
  ...Object.fromEntries(calculators.map((c) => [c.exampleTag, exampleTag(c.name)])),
};
