import { useCallback, useEffect, useState, type RefObject } from 'react';

/** What a refused save puts in a form, in the order a person should meet it. */
const REFUSAL = '.conflict, [aria-invalid="true"], .field-error, .problems';
const FOCUSABLE = 'input, select, textarea, button, a[href]';

/**
 * Moves the user to what the server said about a save it refused: the conflict view, the first
 * field it refused (the message is tied to it), or the problems said above the buttons. A long
 * form's Save button is at its bottom and the field can be a screen above it: without this, a
 * refused save looked like a click that did nothing. Focus scrolls it into view and a screen
 * reader reads it.
 */
export function showRefusal(form: HTMLElement | null) {
  const found = form?.querySelector<HTMLElement>(REFUSAL);
  if (!found) return;
  // a group (the sources) is read by its message; a field by itself, with the message it names
  const target = found.matches(FOCUSABLE) ? found : found.querySelector<HTMLElement>('.field-error') ?? found;
  if (!target.matches(FOCUSABLE) && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * `refused()`, called when a save comes back refused, shows the refusal once the form has
 * rendered it (the conflict view comes after the record is read again).
 */
export function useRefusalShown(form: RefObject<HTMLElement | null>): () => void {
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) showRefusal(form.current);
  }, [refusals, form]);
  return useCallback(() => setRefusals((n) => n + 1), []);
}
