import {useEffect, useState} from 'react';
import type {Services} from '../services.js';

/**
 * A number that grows whenever the services report a change (new articles, a finished poll, a
 * feed error), so the data hooks read again. `beforeChange` runs first, while the UI still
 * shows the old data: the controller uses it to keep the selection on the same article.
 */
export function useLiveVersion(services: Services, beforeChange: () => void): [number, () => void] {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      services.subscribe(() => {
        beforeChange();
        setVersion(value => value + 1);
      }),
    // beforeChange reads refs, so subscribing once per services object is enough.
    [services],
  );
  return [version, () => setVersion(value => value + 1)];
}
