import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * exceljs 4.4's streaming reader decodes each decompressed chunk of XML on its own (parse-sax.js,
 * `TextDecoder.decode(chunk)`), so a Chinese character split between two chunks becomes “���”: in a
 * 5,000-row file of Chinese labels two cells came out garbled. Its decoder passes strings through
 * untouched, so this reader hands it text decoded with one stateful UTF-8 decoder per XML part.
 * The overridden methods are exceljs internals: checked here at load, so an upgrade that renames them
 * fails loudly instead of garbling data.
 */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
}

const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
for (const name of ['_parseWorksheet', '_parseSharedStrings', '_parseStyles', '_parseWorkbook'] as const) {
  if (typeof base[name] !== 'function') {
    throw new Error(`exceljs WorkbookReader.${name} is gone: revisit utf8-workbook-reader.ts`);
  }
}

async function* decodeChunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The entry as a stream of correctly decoded strings (a readable encoding decodes across chunks). */
function decodeEntry(entry: Readable): Readable {
  return entry.pipe(new PassThrough()).setEncoding('utf8');
}

export class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown> {
    return base._parseWorksheet.call(this, decodeChunks(iterator), sheetNo);
  }

  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    return base._parseSharedStrings.call(this, decodeEntry(entry));
  }

  _parseStyles(entry: Readable): Promise<void> {
    return base._parseStyles.call(this, decodeEntry(entry));
  }

  _parseWorkbook(entry: Readable): Promise<void> {
    return base._parseWorkbook.call(this, decodeEntry(entry));
  }
}
