import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldErrorMessage, parseField, type FieldSpec } from '../../../lib/fields';
import type { T } from '../../../i18n/translate';

interface Props {
  id: string;
  label: string;
  /** The current valid value, in the units typed (percent fields: 30 for 30 %). */
  value: number;
  spec: FieldSpec;
  /** How a valid value is written back into the field. */
  format: (value: number) => string;
  /** How the bounds appear in an error message. */
  formatBound: (value: number) => string;
  onValid: (value: number) => void;
  t: T;
  /** Shown after the input: "%", "¥". */
  unit?: string;
  disabled?: boolean;
  /** Keeps the label for screen readers only (inside tables whose header names the column). */
  hideLabel?: boolean;
}

/**
 * A text field for numbers typed the way people type them. Invalid text stays in the field with a message
 * beside it; only valid values reach `onValid`, so the last good result stays on screen.
 */
export function NumberField({ id, label, value, spec, format, formatBound, onValid, t, unit, disabled, hideLabel }: Props) {
  const [raw, setRaw] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Follow outside changes (shared link, reset, currency) unless the field already shows that value.
  useEffect(() => {
    const parsed = parseField(raw, spec);
    if (!parsed.ok || Math.abs(parsed.value - value) > 1e-9) {
      setRaw(format(value));
      setError(null);
    }
  }, [value]);

  const onInput = (text: string) => {
    setRaw(text);
    const parsed = parseField(text, spec);
    if (parsed.ok) {
      setError(null);
      onValid(parsed.value);
    } else {
      const template = t(`calc.error.${parsed.error.code}`).replace('{value}', text.slice(0, 24));
      setError(fieldErrorMessage(template, label, parsed.error, formatBound));
    }
  };

  // Text typed while the island was still hydrating is in the DOM but not in state: take it over.
  useEffect(() => {
    const typed = input.current?.value;
    if (typed !== undefined && typed !== raw) onInput(typed);
  }, []);

  const errorId = `${id}-error`;
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <div class="field-input">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={raw}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
          onBlur={() => {
            if (!error) setRaw(format(value));
          }}
        />
        {unit && <span class="field-unit" aria-hidden="true">{unit}</span>}
      </div>
      {error && (
        <p class="field-error" id={errorId} role="alert">
          {error} {t('calc.lastGood')}
        </p>
      )}
    </div>
  );
}
