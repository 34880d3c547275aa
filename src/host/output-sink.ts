/**
 * A capped output stream. Bytes beyond the cap are counted but never stored, so a guest printing
 * in a loop cannot grow host memory. The optional listener sees text as it is produced (decoded
 * incrementally, so multi-byte characters split across writes arrive whole), also capped.
 */
export type OutputListener = (text: string) => void;

export class OutputSink {
  private chunks: Uint8Array[] = [];
  private stored = 0;
  private total = 0;
  private readonly streamDecoder = new TextDecoder('utf-8');

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
      if (text.length > 0) this.listener(text);
    }
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
      if (tail.length > 0) this.listener(tail);
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
