/**
 * Progress on stderr for long runs: articles done (of how many, when known), rate, time left. Shown on a terminal
 * once a run passes a second, or always with --progress; never on a pipe otherwise. A summary line ends the run.
 */

export interface ProgressSink {
  write(s: string): unknown;
  isTTY?: boolean;
}

export class Progress {
  private readonly started = Date.now();
  private readonly enabled: boolean;
  readonly tty: boolean;
  private shown = false;
  private lastDraw = 0;
  done = 0;
  skipped = 0;
  contacts = 0;
  warnings = 0;
  bytes = 0;

  constructor(
    private readonly sink: ProgressSink,
    opts: { force: boolean; total: number | null; threads?: number },
    private readonly total = opts.total,
    private readonly threads = opts.threads ?? 1,
  ) {
    this.tty = sink.isTTY === true;
    this.enabled = opts.force || this.tty;
  }

  tick(r: { ok: boolean; contacts?: number; warnings?: number; bytes: number }): void {
    this.done++;
    this.bytes += r.bytes;
    if (!r.ok) this.skipped++;
    this.contacts += r.contacts ?? 0;
    this.warnings += r.warnings ?? 0;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < (this.tty ? 200 : 2000)) return;
    this.lastDraw = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = (now - this.started) / 1000;
    const rate = this.done / Math.max(secs, 0.001);
    const of = this.total ? `/${this.total}` : '';
    const eta = this.total ? ` · ${Math.max(0, Math.round((this.total - this.done) / Math.max(rate, 1)))}s left` : '';
    const bar = this.total ? ` ${'█'.repeat(Math.round((20 * this.done) / this.total)).padEnd(20, '░')}` : '';
    const line = `tarikh:${bar} ${this.done}${of} articles · ${Math.round(rate)}/s${eta}`;
    if (this.tty) this.sink.write(`\r${line}\u001b[K`);
    else this.sink.write(line + '\n');
    this.shown = true;
  }

  /** The closing summary (only when progress is shown, so pipes stay quiet). */
  finish(): void {
    if (this.shown && this.tty) this.sink.write('\r\u001b[K');
    if (!this.enabled || (!this.shown && Date.now() - this.started < 1000 && !this.forced())) return;
    const secs = (Date.now() - this.started) / 1000;
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    this.sink.write(
      `tarikh: ${this.done - this.skipped} articles, ${this.contacts} contacts, ${this.skipped} skipped, ${this.warnings} warnings, ` +
        `${secs.toFixed(1)} s (${Math.round(this.done / Math.max(secs, 0.001))} articles/s), peak memory ${rss} MB, ${this.threads === 1 ? 'one thread' : `${this.threads} worker threads`}\n`,
    );
  }

  private forced(): boolean {
    return this.enabled && !this.tty;
  }
}
