// The article detail as a list of display lines, wrapped to the width. Pure, so the controller
// can tell how far the text scrolls and the view can show any slice of it.
import type {ArticleDetail} from '../store/types.js';
import {block, cell} from './format/display.js';
import {meetingLine} from './format/meeting.js';
import {wrapLines} from './format/wrap.js';
import {fullTime} from './format/time.js';

export type LineStyle = 'kicker' | 'title' | 'meta' | 'body' | 'heading' | 'meeting';
export type Line = {text: string; style: LineStyle};

function wrapped(text: string, width: number, style: LineStyle): Line[] {
  return wrapLines(text, Math.max(10, width)).map(line => ({text: line, style}));
}

export function articleLines(detail: ArticleDetail, width: number): Line[] {
  const lines: Line[] = [];
  if (detail.kicker) lines.push(...wrapped(cell(detail.kicker), width, 'kicker'));
  lines.push(...wrapped(cell(detail.title), width, 'title'));
  lines.push(...wrapped([cell(detail.outlet), fullTime(detail.published), detail.teaserOnly ? 'teaser only' : ''].filter(Boolean).join(' · '), width, 'meta'));
  if (detail.sourceLine) lines.push(...wrapped(cell(detail.sourceLine), width, 'meta'));
  const paragraphs = block(detail.text || detail.summary)
    .split(/\n\s*\n/)
    .map(paragraph => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  for (const paragraph of paragraphs) {
    lines.push({text: '', style: 'body'});
    lines.push(...wrapped(paragraph, width, 'body'));
  }
  lines.push({text: '', style: 'body'});
  if (detail.meetings.length === 0) {
    lines.push({text: 'No meetings found in this article.', style: 'heading'});
  } else {
    lines.push({text: `Meetings in this article (${detail.meetings.length}):`, style: 'heading'});
    for (const meeting of detail.meetings) lines.push(...wrapped(`• ${meetingLine(meeting)}`, width, 'meeting'));
  }
  return lines;
}
