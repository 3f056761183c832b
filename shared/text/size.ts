const MB = 1048576;

/**
 * A size and its limit in one unit with the same precision, fine enough that a size just over the
 * limit does not read as equal to it: "3.5 MB" / "2.0 MB", "2.02 MB" / "2.00 MB", else in bytes.
 */
export function sizeAgainstLimit(bytes: number, limitBytes: number): { size: string; limit: string } {
  for (const digits of [1, 2]) {
    const size = `${(bytes / MB).toFixed(digits)} MB`;
    const limit = `${(limitBytes / MB).toFixed(digits)} MB`;
    if (size !== limit) return { size, limit };
  }
  const inBytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;
  return { size: inBytes(bytes), limit: inBytes(limitBytes) };
}
