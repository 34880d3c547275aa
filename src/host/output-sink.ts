/**
 * A capped output stream. Bytes beyond the cap are counted but never stored, so a guest printing
 * in a loop cannot grow host memory. The optional listener sees text as it is produced (decoded
 * incrementally, so multi-byte characters split across writes arrive whole), also capped.
 *
 * Streamed text is batched: a guest writing one byte at a time would otherwise send a message
 * per byte to the main thread (600,000 in three seconds). A batch goes out when it reaches
 * STREAM_BATCH_CHARS, when it is STREAM_BATCH_MS old at the next write, or on `flush()`, which
 * the interpreter calls at every fuel slice, before host calls and sleeps, and at the end.
 */
export type OutputListener = (text: string) => void;

const STREAM_BATCH_CHARS = 16384;
const STREAM_BATCH_MS = 10;

export class OutputSink {
  private chunks: Uint8Array[] = [];
  private stored = 0;
  private total = 0;
  private readonly streamDecoder = new TextDecoder('utf-8');
  private pending: string[] = [];
  private pendingChars = 0;
  private pendingSince = 0;

  constructor(
    private cap: number,
    private listener?: OutputListener,
  ) {}

  /** Starts a new run: forgets stored output, keeps nothing from before. */
  reset(cap: number, listener?: OutputListener): void {
    this.chunks = [];
    this.stored = 0;
    this.total = 0;
    this.cap = cap;
    this.listener = listener;
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Accepts bytes (a live view of guest memory: copied here if kept). */
  write(bytes: Uint8Array): void {
    this.total += bytes.length;
    const room = this.cap - this.stored;
    if (room <= 0) return;
    const kept = bytes.length <= room ? bytes.slice() : bytes.slice(0, room);
    this.chunks.push(kept);
    this.stored += kept.length;
    if (this.listener) {
      const text = this.streamDecoder.decode(kept, { stream: true });
      if (text.length === 0) return;
      if (this.pendingChars === 0) this.pendingSince = performance.now();
      this.pending.push(text);
      this.pendingChars += text.length;
      if (this.pendingChars >= STREAM_BATCH_CHARS || performance.now() - this.pendingSince >= STREAM_BATCH_MS) this.flush();
    }
  }

  /** Hands the batched text to the listener. */
  flush(): void {
    if (this.pendingChars === 0 || !this.listener) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.listener(text);
  }

  get truncated(): boolean {
    return this.total > this.stored;
  }

  get bytesWritten(): number {
    return this.total;
  }

  text(): string {
    if (this.listener) {
      const tail = this.streamDecoder.decode();
      if (tail.length > 0) {
        this.pending.push(tail);
        this.pendingChars += tail.length;
      }
      this.flush();
    }
    const all = new Uint8Array(this.stored);
    let at = 0;
    for (const chunk of this.chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return new TextDecoder('utf-8').decode(all);
  }
}
