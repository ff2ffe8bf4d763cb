package org.borderland.data.factbook.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that hands out every character decoded before a failure and only then
 * throws, so a truncated or corrupt stream is reported after the last good row rather than up to a
 * buffer earlier (as {@link java.io.InputStreamReader} does).
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private IOException pending;
  private boolean eof;

  Utf8Reader(InputStream in) {
    this.in = in;
    chars.flip();
  }

  @Override
  public int read(char[] dst, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        IOException e = pending;
        pending = null;
        throw e;
      }
      if (eof) {
        return -1;
      }
      refill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(dst, off, n);
    return n;
  }

  private void refill() {
    chars.clear();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } catch (IOException e) {
      pending = e;
    }
    bytes.flip();
    CoderResult r = decoder.decode(bytes, chars, eof);
    if (r.isError()) {
      pending = characterError(r);
    } else if (eof) {
      CoderResult f = decoder.flush(chars);
      if (f.isError()) {
        pending = characterError(f);
      }
    }
    if (eof && bytes.hasRemaining() && pending == null) {
      pending = new CharacterCodingException();
    }
    bytes.compact();
    chars.flip();
  }

  private static IOException characterError(CoderResult r) {
    try {
      r.throwException();
    } catch (CharacterCodingException e) {
      return e;
    }
    return new CharacterCodingException();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
