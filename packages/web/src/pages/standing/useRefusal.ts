import { useState } from 'react';
import { ApiRequestError } from '../../api/client';
import { refusalText } from '../development/StepModal';

/**
 * Keeps a rule refusal on the open form with the rule it cites; the error is passed on (with the rule in
 * its text) so FormModal can still mark the field the server named.
 */
export function useRefusal() {
  const [refusal, setRefusal] = useState<string>();
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    setRefusal(undefined);
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ApiRequestError) || !error.rule) throw error;
      const text = refusalText(error);
      setRefusal(text);
      throw new ApiRequestError(error.status, error.code, text, error.field, error.rule);
    }
  };
  return { refusal, guard };
}
