import { createContext, useContext } from 'react';

/** The API's messages by control name, for the controls of the form being shown. */
export const FieldErrorsContext = createContext<Record<string, string[]>>({});

export function useFieldErrors(name: string): string[] | undefined {
  return useContext(FieldErrorsContext)[name];
}
