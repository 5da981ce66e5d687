import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { apiError } from '../http/api-error';

/** A byte range of a file, both ends inclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads a `Range` header against a file size: null means "send the whole file" (no header, or one this
 * server does not honour such as several ranges), 'unsatisfiable' a range wholly past the end.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    // A suffix: the last N bytes.
    const length = Number(match[2]);
    if (length === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { start, end };
}

/**
 * Answers with a file that never changes under its URL: a strong ETag from its size and mtime, `immutable`
 * caching, 304 on a matching `If-None-Match`, and single byte ranges (duckdb-wasm reads database blocks with
 * them). When `gzipFile` is given, a whole-file GET from a client that accepts gzip gets that file with
 * `Content-Encoding: gzip` instead. HEAD gets the same headers without the body.
 */
export async function sendImmutableFile(
  c: Context,
  file: string,
  contentType: string,
  gzipFile?: string,
): Promise<Response> {
  const wantsGzip =
    gzipFile !== undefined &&
    !c.req.header('Range') &&
    /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
  const sent = wantsGzip ? gzipFile : file;
  const stat = await fs.promises.stat(sent);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${wantsGzip ? '-gz' : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'Accept-Ranges': 'bytes',
  };
  if (gzipFile !== undefined) headers.Vary = 'Accept-Encoding';
  if (wantsGzip) headers['Content-Encoding'] = 'gzip';
  if (
    c.req
      .header('If-None-Match')
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  const ifRange = c.req.header('If-Range');
  const range =
    wantsGzip || (ifRange && ifRange !== etag) ? null : parseRange(c.req.header('Range'), stat.size);
  if (range === 'unsatisfiable') {
    throw apiError(
      416,
      'range-not-satisfiable',
      'The requested range is past the end of the file.',
      {},
      {
        'Content-Range': `bytes */${stat.size}`,
      },
    );
  }
  const { start, end } = range ?? { start: 0, end: stat.size - 1 };
  headers['Content-Length'] = String(Math.max(0, end - start + 1));
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${stat.size}`;
  const status = range ? 206 : 200;
  if (c.req.method === 'HEAD' || stat.size === 0) return new Response(null, { status, headers });
  const stream = Readable.toWeb(fs.createReadStream(sent, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}
