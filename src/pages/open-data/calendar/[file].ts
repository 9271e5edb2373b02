import type { APIRoute } from 'astro';
import { getDirectory } from '#src/data/get-directory.ts';
import { entriesOf } from '#src/lib/content/directory.ts';
import { absoluteUrl, entryPath } from '#src/lib/paths.ts';
import { buildCalendar, type CalendarEvent } from '#src/lib/publish/icalendar.ts';

// dist/open-data/calendar/<network>.ics per network with meetings, and all.ics with every meeting.
export async function getStaticPaths() {
  const directory = await getDirectory();
  const withMeetings = entriesOf(directory, 'networks').filter((network) => network.data.meetings.length > 0);
  return [
    ...withMeetings.map((network) => ({ params: { file: `${network.id}.ics` }, props: { id: network.id } })),
    { params: { file: 'all.ics' }, props: { id: 'all' } },
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const directory = await getDirectory();
  const host = new URL(directory.site.url).host;
  const { id } = props as { id: string };
  const networks = entriesOf(directory, 'networks').filter((network) => id === 'all' || network.id === id);
  const events: CalendarEvent[] = networks.flatMap((network) =>
    network.data.meetings.map((meeting) => ({
      uid: `${network.id}-${meeting.start.replace(/[-:]/g, '')}@${host}`,
      start: meeting.start,
      end: meeting.end,
      summary: network.data.title,
      location: meeting.place,
      description: [meeting.note, network.data.summary].filter(Boolean).join('\n'),
      url: absoluteUrl(directory.site.url, entryPath('de', 'networks', network.id)),
    })),
  );
  const name = id === 'all' ? `Netzwerke – ${directory.site.municipality}` : (networks[0]?.data.title ?? id);
  const body = buildCalendar({
    name,
    prodId: `-//Lotse//${directory.site.municipality}//DE`,
    timeZone: directory.site.timeZone,
    stamp: directory.today,
    events,
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
