/**
 * Reading report files and adding them up, behind one interface: the page runs it in a worker so
 * a province's thousands of files never freeze the page; component tests run it in the same thread.
 */
import { addReportFile, createCollection, summarize, type CoordinatorModel, type CoordinatorQuery } from '../../lib/journal/coordinator';
import { MAX_REPORT_BYTES, parseReportFile, type ReportFileError } from '../../lib/journal/report-file-parse';

export interface LoadProgress {
  done: number;
  total: number;
}

export interface SkippedFile {
  name: string;
  error: ReportFileError;
}

export interface LoadResult {
  /** Files read and added in this batch. */
  added: number;
  skipped: SkippedFile[];
  /** Everything loaded so far. */
  files: number;
  from: string | null;
  to: string | null;
}

/** What the engine needs of a file: the browser's File has it. */
export interface ReportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface CoordinatorEngine {
  add(files: readonly ReportSource[], onProgress: (progress: LoadProgress) => void): Promise<LoadResult>;
  summarize(query: CoordinatorQuery): Promise<CoordinatorModel>;
  clear(): Promise<void>;
}

/** Progress is reported at most this often, so thousands of files do not flood the page. */
const PROGRESS_EVERY_MS = 100;

export function createEngine(now: () => number = () => performance.now()): CoordinatorEngine {
  let collection = createCollection();
  return {
    async add(files, onProgress) {
      const skipped: SkippedFile[] = [];
      let added = 0;
      let reported = now();
      for (const [index, file] of files.entries()) {
        if (file.size > MAX_REPORT_BYTES) {
          skipped.push({ name: file.name, error: { code: 'too-large', bytes: file.size } });
        } else {
          let text: string | null = null;
          try {
            text = await file.text();
          } catch {
            skipped.push({ name: file.name, error: { code: 'unreadable' } });
          }
          if (text !== null) {
            const parsed = parseReportFile(text);
            if (parsed.ok) {
              addReportFile(collection, parsed.file);
              added += 1;
            } else skipped.push({ name: file.name, error: parsed.error });
          }
        }
        if (now() - reported >= PROGRESS_EVERY_MS || index === files.length - 1) {
          reported = now();
          onProgress({ done: index + 1, total: files.length });
        }
      }
      return { added, skipped, files: collection.files, from: collection.from, to: collection.to };
    },
    summarize: async (query) => summarize(collection, query),
    clear: async () => {
      collection = createCollection();
    },
  };
}
