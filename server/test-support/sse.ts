import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** Reads a server-sent event stream to its end (or until `until` says stop) and returns the events. */
export async function readSse(
  response: Response,
  until: (event: EventSourceMessage) => boolean = () => false,
  onText?: (text: string) => void,
): Promise<EventSourceMessage[]> {
  const events: EventSourceMessage[] = [];
  let stop = false;
  const parser = createParser({
    onEvent(event) {
      events.push(event);
      if (until(event)) stop = true;
    },
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  while (!stop) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    onText?.(text);
    parser.feed(text);
  }
  await reader.cancel().catch(() => {});
  return events;
}
