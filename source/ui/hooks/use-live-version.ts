import {useEffect, useState} from 'react';
import type {CacheChange, Services} from '../services.js';

/**
 * Two numbers that grow when the services report a change, so the data hooks read again:
 * `content` on anything (new articles, a finished poll, a feed error), `marks` when only read
 * marks changed. Opening an article marks it read: that re-reads the rows that show the ● dot,
 * not the counts of a 100,000-article cache. `beforeChange` runs first on a content change,
 * while the UI still shows the old data: the controller uses it to keep the selection on the
 * same article.
 */
export type LiveVersion = {content: number; marks: number};

export function useLiveVersion(services: Services, beforeChange: () => void): [LiveVersion, (change?: CacheChange) => void] {
  const [version, setVersion] = useState<LiveVersion>({content: 0, marks: 0});
  const bump = (change: CacheChange = 'content') =>
    setVersion(value => (change === 'read-marks' ? {...value, marks: value.marks + 1} : {...value, content: value.content + 1}));
  useEffect(
    () =>
      services.subscribe(change => {
        if (change !== 'read-marks') beforeChange();
        bump(change);
      }),
    // beforeChange reads refs, so subscribing once per services object is enough.
    [services],
  );
  return [version, bump];
}
