/**
 * gzip through the platform's own CompressionStream (browsers, workers, Node 18+): the compiled
 * guidance is 1.9 MB of mostly small integers, a quarter of that once compressed, and storage hands
 * it to every page as a string, so fewer bytes to copy, parse and decode is what makes a page ready.
 */

/** `bytes` gzipped. */
export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new CompressionStream('gzip'));
}

/** `bytes` un-gzipped; rejects when they are not gzip or are cut short. */
export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new DecompressionStream('gzip'));
}

async function through(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const reader = input.pipeThrough<Uint8Array>(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  // One fresh buffer at offset 0 (Int32 views need the alignment), made here: in a Firefox content
  // script the stream's own chunks belong to the page, which typed-array views cannot see through.
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
