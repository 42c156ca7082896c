import { useEffect, useId, useRef, useState } from 'react';
import { allZones, isZone } from './zones';

interface Props {
  label: string;
  value: string;
  onChange(zone: string): void;
  error?: string;
  name?: string;
  /** The zone may be left out: an emptied field gives '' (else it is no zone, like a mistyped one). */
  optional?: boolean;
}

const NOT_A_ZONE = 'Not a time zone; pick one from the list.';

/**
 * An IANA zone, typed with search: the browser's list of zones as suggestions
 * ("anch" finds America/Anchorage). A value is taken only once it names a zone. While the field
 * holds something that is no zone, the input is invalid (its form will not submit): the zone
 * taken before would otherwise be saved in its place, and the record placed at the wrong moment.
 */
export function ZoneField({ label, value, onChange, error, name, optional }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
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
  const invalid = text !== value && !(optional && text === '') && !isZone(text);
  useEffect(() => input.current?.setCustomValidity(invalid ? NOT_A_ZONE : ''), [invalid]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
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
          if ((optional && e.target.value === '') || isZone(e.target.value)) onChange(e.target.value);
        }}
      />
      <datalist id={`${id}-zones`}>
        {suggesting && allZones().map((zone) => <option key={zone} value={zone} />)}
      </datalist>
      {(invalid || error) && <p id={`${id}-error`} className="field-error">{invalid ? NOT_A_ZONE : error}</p>}
    </div>
  );
}
