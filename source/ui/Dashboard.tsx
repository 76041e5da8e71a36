import {Box} from 'ink';
import {useMemo} from 'react';
import {berlinDay} from '../store/berlin-day.js';
import {HelpScreen} from './HelpScreen.js';
import {PromptLine} from './PromptLine.js';
import {StatusBar} from './StatusBar.js';
import {useController} from './hooks/use-controller.js';
import {screenListRows} from './hooks/use-dashboard-data.js';
import {Actors} from './panes/Actors.js';
import {Latest} from './panes/Latest.js';
import {Meetings} from './panes/Meetings.js';
import {articleRows} from './run-command.js';
import type {Services} from './services.js';
import {type PaneId, paneOrder, paneTitles} from './state.js';
import {ActorView} from './views/ActorView.js';
import {ArticleView} from './views/ArticleView.js';
import {MeetingView} from './views/MeetingView.js';

/** In tabbed mode the title line names the other panes and their keys. */
const otherTabs = (focus: PaneId) =>
  paneOrder
    .map((pane, index) => (pane === focus ? '' : `${index + 1} ${paneTitles[pane]}`))
    .filter(Boolean)
    .join('  ') + ' ';

export function Dashboard({services, now}: {services: Services; now: () => Date}) {
  const {state, data, layout, lines, now: today} = useController(services, now);
  const {columns, listRows, paneWidths} = layout;
  const tracked = useMemo(() => data.actors.filter(actor => !actor.suggested), [data.actors]);
  const actorNames = useMemo(() => new Map(tracked.map(actor => [actor.id, actor.name])), [tracked]);

  // People first named since the dashboard was last closed are new (on a first start everybody would be: none is marked).
  const closed = data.follow.dashboardClosed;
  const sinceDay = useMemo(() => (closed ? berlinDay(new Date(closed)) : null), [closed]);
  const screen = state.screens.at(-1);
  const feedName = data.feeds.find(feed => feed.id === state.feedId)?.name;
  const filter = [state.search ? `search “${state.search}”` : '', feedName ? `feed ${feedName}` : ''].filter(Boolean).join(' · ') || null;
  const pane = (id: PaneId) => {
    const common = {focused: state.focus === id, width: paneWidths[id], rows: listRows, now: today, cursor: state.cursor[id]};
    const aside = layout.mode === 'tabbed' ? otherTabs(id) : undefined;
    if (id === 'latest') return <Latest key={id} {...common} window={data.latest} actorNames={actorNames} filter={filter} talksView={state.view === 'talks'} aside={aside} />;
    if (id === 'actors') return <Actors key={id} {...common} actors={data.actors} sinceDay={sinceDay} aside={aside} />;
    return <Meetings key={id} {...common} meetings={data.meetings} marks={data.marks} summary={data.marksSummary} aside={aside} />;
  };

  let body;
  if (state.help) body = <HelpScreen width={columns} rows={layout.rows - 3} />;
  else if (screen?.kind === 'article' && data.screen?.kind === 'article') {
    body = <ArticleView lines={lines} scroll={screen.scroll} rows={articleRows(layout)} width={columns} actorNames={tracked.map(actor => actor.name)} />;
  } else if (screen?.kind === 'actor' && data.screen?.kind === 'actor') {
    body = <ActorView {...data.screen} cursor={screen.cursor} width={columns} rows={screenListRows(layout)} now={today} actorNames={actorNames} />;
  } else if (screen?.kind === 'meeting' && data.screen?.kind === 'meeting') {
    body = <MeetingView {...data.screen} cursor={screen.cursor} width={columns} rows={screenListRows(layout)} now={today} actorNames={actorNames} />;
  } else if (layout.mode === 'wide') {
    body = <Box columnGap={1}>{paneOrder.map(pane)}</Box>;
  } else body = pane(state.focus);

  return (
    <Box flexDirection="column" width={columns}>
      {/* An add-feed error takes one more line under the prompt; the panes give it up. Clipped
          vertically only: every line is laid out to its pane's width already, and a horizontal
          clip makes ink cut each line of every frame again (slice-ansi: a second grapheme scan). */}
      <Box height={layout.rows - 3 - (state.prompt?.error ? 1 : 0)} flexDirection="column" overflowY="hidden">
        {body}
      </Box>
      <PromptLine prompt={state.prompt} notice={state.notice ?? (data.poll.alert ? `⚑ ${data.poll.alert}` : null)} width={columns} />
      <StatusBar feeds={data.feeds} poll={data.poll} demo={services.demo} now={today} width={columns} />
    </Box>
  );
}
