import net from 'node:net';

/**
 * A minimal client of Marionette, Firefox's own WebDriver-classic protocol (protocol level 3): each
 * message is `<byte length>:<JSON>`; a command is [0, id, name, parameters] and its answer
 * [1, id, error, result]. Used where WebDriver BiDi cannot go: Firefox's BiDi leaves out extension
 * documents (moz-extension:// pages, bug 1755014), Marionette drives them like any page.
 */
export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { name: string; resolve(value: unknown): void; reject(error: Error): void }
  >();

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  /** Connects and waits for Firefox's greeting. */
  static async connect(port: number): Promise<Marionette> {
    const socket = net.connect(port, '127.0.0.1');
    const client = new Marionette(socket);
    await new Promise<void>((resolve, reject) => {
      client.onGreeting = resolve;
      socket.once('error', reject);
    });
    return client;
  }

  private onGreeting: () => void = () => {};

  /** Runs one command; rejects with Firefox's error message and the command's name. */
  command<T = unknown>(name: string, parameters: object = {}): Promise<T> {
    const id = this.nextId++;
    const json = Buffer.from(JSON.stringify([0, id, name, parameters]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject });
      this.socket.write(Buffer.concat([Buffer.from(`${json.length}:`), json]));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.onGreeting();
        continue;
      }
      const [, id, error, result] = message as [
        number,
        number,
        { error: string; message: string } | null,
        unknown,
      ];
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (!waiting) continue;
      if (error) waiting?.reject(new Error(`${waiting.name}: ${error.error}: ${error.message}`));
      else waiting.resolve(result);
    }
  }
}
