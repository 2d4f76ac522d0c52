import type { ComponentPropsWithRef, ReactNode } from 'react';

type FieldProps = {
  id: string;
  label: ReactNode;
  /** The API field name; the inline error gets `data-testid="field-error-<name>"`. */
  errorName?: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
};

function describedBy(id: string, error?: string, hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldError({ id, name, message }: { id?: string; name?: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id} data-testid={name ? `field-error-${name}` : undefined}>
      {message}
    </p>
  );
}

function FieldFrame({ id, label, errorName, error, hint, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} name={errorName} message={error} />
    </div>
  );
}

export function TextField({
  id,
  label,
  errorName,
  error,
  hint,
  className,
  ...input
}: FieldProps & Omit<ComponentPropsWithRef<'input'>, 'id'>) {
  return (
    <FieldFrame {...{ id, label, errorName, error, hint, className }}>
      <input
        id={id}
        dir="auto"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField({
  id,
  label,
  errorName,
  error,
  hint,
  className,
  ...textarea
}: FieldProps & Omit<ComponentPropsWithRef<'textarea'>, 'id'>) {
  return (
    <FieldFrame {...{ id, label, errorName, error, hint, className }}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} {...textarea} />
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  errorName,
  error,
  hint,
  className,
  children,
  ...select
}: FieldProps & Omit<ComponentPropsWithRef<'select'>, 'id'>) {
  return (
    <FieldFrame {...{ id, label, errorName, error, hint, className }}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

type Option<T extends string> = { value: T; label: string };

/** A group of checkboxes for a list value (modules, sites …). */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  errorName,
  error,
}: {
  id: string;
  legend: ReactNode;
  options: Option<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  errorName?: string;
  error?: string;
}) {
  const toggle = (option: T, isChecked: boolean) =>
    onChange(isChecked ? [...value, option] : value.filter((item) => item !== option));
  return (
    <fieldset
      className={['field', 'checkbox-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              name={id}
              value={option.value}
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} name={errorName} message={error} />
    </fieldset>
  );
}
