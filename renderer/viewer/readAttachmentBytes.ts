import { READ_MAX_BYTES } from '../../src/contract/attachmentCalls';
import { bibob, unwrap } from '../bridge';

/**
 * The largest attachment the viewer loads into memory. Larger files can still be exported; a scanned PDF of a
 * few hundred pages stays well below this.
 */
export const VIEWER_MAX_BYTES = 256 * 1024 * 1024;

/** The bytes of a base64 string. */
function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Reads a whole attachment from the vault into memory, one stored chunk per call (`bijlagen.read`). Nothing is
 * written to disk: the bytes exist only in this renderer's memory while the viewer shows them.
 */
export async function readAttachmentBytes(bijlageId: string, size: number, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  while (offset < size) {
    if (signal.aborted) throw new DOMException('Het laden is afgebroken.', 'AbortError');
    const chunk = await unwrap(bibob.bijlagen.read({ bijlageId, offset, length: Math.min(READ_MAX_BYTES, size - offset) }));
    const data = decodeBase64(chunk.data);
    if (data.length === 0) break;
    bytes.set(data.subarray(0, size - offset), offset);
    offset += data.length;
    onProgress(Math.min(1, offset / size));
  }
  if (offset < size) throw new Error('De bijlage is korter dan verwacht.');
  return bytes;
}
