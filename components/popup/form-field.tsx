import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Issue } from './validate-draft';

/** How fields find their id and their issue by path, so row editors need not thread them through props. */
export interface FieldRegistry {
  idFor(path: string): string;
  /** The issue to show now: errors once the field was edited or a save was tried, warnings always. */
  issueFor(path: string): Issue | undefined;
  /** Marks a field edited. */
  touch(path: string): void;
}

/** Provided by the editor to every field inside it. */
export const FieldRegistryContext = createContext<FieldRegistry>({
  idFor: (path) => path,
  issueFor: () => undefined,
  touch: () => {},
});

/** The attributes that tie a control to its label and its message. */
export interface ControlAttributes {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props of {@link Field}. */
export interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  children(control: ControlAttributes): ComponentChildren;
}

/** A label, a control and its hint and issue message, wired with aria-invalid and aria-describedby. */
export function Field({ path, label, hint, children }: FieldProps) {
  const fields = useContext(FieldRegistryContext);
  const id = fields.idFor(path);
  const issue = fields.issueFor(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = issue ? `${id}-issue` : undefined;
  return (
    <div class="fl-field">
      <label for={id}>{label}</label>
      {children({
        id,
        'aria-invalid': issue?.level === 'error' ? true : undefined,
        'aria-describedby': [hintId, messageId].filter(Boolean).join(' ') || undefined,
      })}
      {hint && (
        <p id={hintId} class="fl-hint">
          {hint}
        </p>
      )}
      {issue && (
        <p id={messageId} class={`fl-issue fl-issue-${issue.level}`}>
          {issue.message}
        </p>
      )}
    </div>
  );
}

/** Props of {@link TextField}. */
export interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onValue(value: string): void;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  type?: 'text' | 'url';
}

/** A text input or textarea inside a {@link Field} that marks itself edited on input. */
export function TextField({
  path,
  label,
  value,
  onValue,
  hint,
  placeholder,
  multiline,
  type = 'text',
}: TextFieldProps) {
  const fields = useContext(FieldRegistryContext);
  const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    fields.touch(path);
    onValue(event.currentTarget.value);
  };
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => {
        const attributes = { ...control, value, placeholder, onInput };
        if (multiline) return <textarea {...attributes} rows={3} />;
        return type === 'url' ? <input {...attributes} type="url" /> : <input {...attributes} type="text" />;
      }}
    </Field>
  );
}
