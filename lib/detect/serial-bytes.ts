/**
 * The stored form's byte columns as text and back: gzipped, then base64 (extension storage carries
 * JSON, not binary). Apart from serial.ts so that early.content.ts can start un-gzipping the stored
 * form as the page starts without carrying the engine (see lib/content/early-read.ts).
 */
import { gunzip, gzip } from './gzip';
import { nextTask, type Pause } from './next-task';

/** `bytes` gzipped, in base64 (the background). */
export async function packBytes(bytes: Uint8Array): Promise<string> {
  return toBase64(await gzip(bytes));
}

/** What packBytes made, back as bytes; rejects when it is not gzip or is cut short. */
export function unpackBytes(data: string, pause: Pause = nextTask): Promise<Uint8Array> {
  return gunzip(fromBase64(data), pause);
}

type WithBase64 = { toBase64?: () => string };
type FromBase64 = { fromBase64?: (text: string) => Uint8Array };

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as WithBase64).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as FromBase64).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
