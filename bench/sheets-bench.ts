/**
 * Spreadsheet register figures: import (analyse + apply) and export of `rows` rows over HTTP,
 * rows per second and the process's peak memory while each runs (the server shares this process,
 * in a worker thread, so its memory is counted).
 */
import http from 'node:http';
import { resourceUsage } from 'node:process';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

type Session = { cookie: string; csrfToken: string };

const MB = 1024 * 1024;

/** Samples RSS every 50 ms while `work` runs and answers the peak above the starting point. */
async function withPeakMemory<T>(work: () => Promise<T>) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: peak / MB, growthMb: (peak - before) / MB };
  } finally {
    clearInterval(timer);
  }
}

function csvOf(rows: number, prefix: string): Buffer {
  const lines = ['Row ID,Date received,Reporter,Contact,Channel,Module,Category,Urgency,Summary,Description'];
  for (let n = 1; n <= rows; n += 1) {
    lines.push(
      `${prefix}-${n},2026-0${1 + (n % 9)}-1${n % 10},Reporter ${n},+232 76 ${String(n).padStart(6, '0')},Phone,CPIMS+,Access,Normal,Bench sheet row ${n} cannot sync,"Invented description, row ${n}."`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function xlsxOf(rows: number, prefix: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Register');
  sheet.addRow(['Row ID', 'Date received', 'Reporter', 'Module', 'Urgency', 'Summary', 'Description']).commit();
  for (let n = 1; n <= rows; n += 1) {
    sheet
      .addRow([
        `${prefix}-${n}`,
        new Date(Date.UTC(2026, n % 9, 1 + (n % 27))),
        `Reporter ${n}`,
        'CPIMS+',
        'High',
        `Bench sheet row ${n}`,
        `Invented ${n}`,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** fetch gives up after 5 minutes without response headers; a big import on a busy machine may take longer. */
function postWithoutTimeout(url: string, session: Session, upload?: { contentType: string; body: Buffer }) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    if (upload) Object.assign(headers, { 'content-type': upload.contentType, 'content-length': String(upload.body.length) });
    const request = http.request(url, { method: 'POST', headers, timeout: 0 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(upload?.body);
  });
}

/** Polls the import, as the page does, until its apply job is done. */
async function waitUntilApplied(address: string, session: Session, importId: string) {
  for (;;) {
    const response = await fetch(`${address}/api/register/imports/${importId}`, { headers: { cookie: session.cookie } });
    const upload = (await response.json()) as { status: string; fileErrors: unknown[] };
    if (upload.status === 'applied') return;
    if (upload.status !== 'applying') throw new Error(`import ended ${upload.status}: ${JSON.stringify(upload.fileErrors)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function multipart(fileName: string, bytes: Buffer) {
  const boundary = `bench${Date.now()}`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

export async function benchSheets(options: { address: string; session: Session; siteId: string; rows: number }) {
  const { address, session, siteId, rows } = options;
  const results: Record<string, string | number>[] = [];
  const record = (
    operation: string,
    count: number,
    run: { seconds: number; peakMb: number; growthMb: number },
    size?: number,
  ) => {
    const row = {
      operation,
      rows: count,
      seconds: run.seconds.toFixed(1),
      'rows/s': Math.round(count / run.seconds),
      'file MB': size === undefined ? '' : (size / MB).toFixed(1),
      'peak RSS MB': run.peakMb.toFixed(0),
      'RSS growth MB': run.growthMb.toFixed(0),
    };
    console.log(
      `  ${operation.padEnd(34)} ${String(row['rows/s']).padStart(7)} rows/s  peak RSS ${row['peak RSS MB']} MB (+${row['RSS growth MB']})`,
    );
    results.push(row);
  };

  for (const format of ['csv', 'xlsx'] as const) {
    const file = format === 'csv' ? csvOf(rows, 'csv') : await xlsxOf(rows, 'xlsx');
    const { contentType, body } = multipart(`bench.${format}`, file);
    const analysed = await withPeakMemory(async () => {
      const response = await postWithoutTimeout(`${address}/api/register/imports?siteId=${siteId}`, session, {
        contentType,
        body,
      });
      if (response.status !== 201) throw new Error(`import answered ${response.status}: ${response.text}`);
      return JSON.parse(response.text) as { id: string; counts: { create: number } };
    });
    if (analysed.result.counts.create !== rows)
      throw new Error(`expected ${rows} new rows, got ${JSON.stringify(analysed.result.counts)}`);
    record(`import ${format}: upload + preview`, rows, analysed, file.length);
    const applied = await withPeakMemory(async () => {
      const response = await postWithoutTimeout(`${address}/api/register/imports/${analysed.result.id}/confirm`, session);
      if (response.status !== 202) throw new Error(`confirm answered ${response.status}: ${response.text}`);
      await waitUntilApplied(address, session, analysed.result.id);
    });
    record(`import ${format}: apply (job, 1 transaction)`, rows, applied);
  }

  for (const format of ['csv', 'xlsx'] as const) {
    let total = 0;
    let bytes = 0;
    const exported = await withPeakMemory(async () => {
      const response = await fetch(`${address}/api/register/export?format=${format}`, { headers: { cookie: session.cookie } });
      if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
      total = Number(response.headers.get('x-export-rows'));
      // Read as a browser saving to disk would, without keeping the body.
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
      }
    });
    record(`export ${format} (all sites, streamed)`, total, exported, bytes);
  }
  console.log(`  process max RSS over the whole run: ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  return results;
}
