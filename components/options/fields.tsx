import { type ReactNode, useId } from 'react';

/** A labelled one-line input; the label is always visible (no placeholder-only fields). */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  type?: 'text' | 'url' | 'date';
  lang?: string;
  required?: boolean;
  invalid?: string;
  bb?: string;
}) {
  const id = useId();
  return (
    <div className="bb-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        lang={props.lang}
        required={props.required}
        data-bb={props.bb}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.hint || props.invalid ? `${id}-note` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldNote id={`${id}-note`} hint={props.hint} error={props.invalid} />
    </div>
  );
}

/** A labelled multi-line box; `children` go under it (live pattern errors, for instance). */
export function TextArea(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  lang?: string;
  hint?: string;
  bb?: string;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="bb-field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows ?? 2}
        value={props.value}
        lang={props.lang}
        data-bb={props.bb}
        spellCheck={false}
        aria-describedby={props.hint ? `${id}-note` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldNote id={`${id}-note`} hint={props.hint} />
      {props.children}
    </div>
  );
}

function FieldNote({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  if (error)
    return (
      <p id={id} className="bb-field-error">
        {error}
      </p>
    );
  if (hint)
    return (
      <p id={id} className="bb-hint">
        {hint}
      </p>
    );
  return null;
}

/** An on/off switch that is a real checkbox underneath (keyboard, screen readers, forms). */
export function Switch(props: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  bb?: string;
}) {
  return (
    <label className="bb-switch">
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        aria-checked={props.checked}
        data-bb={props.bb}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
