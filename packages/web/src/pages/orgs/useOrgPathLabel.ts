import { useEffect, useState } from 'react';
import { orgsApi } from '../../api/orgs';

/**
 * The full path of an org picked before the picker was shown (from a link, or the record being edited):
 * the picker's search hits do not hold it, and a bare id means nothing to the user.
 */
export function useOrgPathLabel(id: number | null | undefined, known: boolean): string | undefined {
  const [label, setLabel] = useState<{ id: number; text: string }>();
  useEffect(() => {
    if (!id || known || label?.id === id) return;
    let stale = false;
    orgsApi
      .get(id)
      .then(({ org, ancestors }) => {
        if (!stale) setLabel({ id, text: [...ancestors.map((a) => a.name), org.name].join(' / ') });
      })
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [id, known, label?.id]);
  return label && label.id === id ? label.text : undefined;
}
