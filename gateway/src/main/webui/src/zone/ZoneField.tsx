import { useId, useState } from 'react';
import { allZones, isZone } from './zones';

interface Props {
  label: string;
  value: string;
  onChange(zone: string): void;
  error?: string;
  name?: string;
}

/**
 * An IANA zone, typed with search: the browser's list of zones as suggestions
 * ("anch" finds America/Anchorage). A value is taken only once it names a zone.
 */
export function ZoneField({ label, value, onChange, error, name }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // the browser's ~420 zones become suggestions once the field is used: not on every page's first render
  const [suggesting, setSuggesting] = useState(false);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  // the value given is a zone (taken only once it names one): asked of Intl only for what is typed,
  // whose first use in a page costs 40–90 ms, not on every page's first render
  const invalid = text !== '' && text !== value && !isZone(text);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        list={`${id}-zones`}
        value={text}
        autoComplete="off"
        aria-invalid={invalid || !!error}
        aria-describedby={invalid || error ? `${id}-error` : undefined}
        onFocus={() => setSuggesting(true)}
        onChange={(e) => {
          setText(e.target.value);
          if (isZone(e.target.value)) onChange(e.target.value);
        }}
      />
      <datalist id={`${id}-zones`}>
        {suggesting && allZones().map((zone) => <option key={zone} value={zone} />)}
      </datalist>
      {(invalid || error) && <p id={`${id}-error`} className="field-error">{error ?? 'Not a time zone; pick one from the list.'}</p>}
    </div>
  );
}
