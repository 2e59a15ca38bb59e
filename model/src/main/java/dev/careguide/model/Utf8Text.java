package dev.careguide.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one way careguide decodes the text files people give it (articles, catalogs, YAML): UTF-8, strictly. A
 * byte that is not valid UTF-8 is reported with its line and column (the {@link Diagnostic} convention: an
 * invalid byte counts as one column), a leading byte order mark is noted and dropped, and a file in UTF-16 or
 * UTF-32 (with a byte order mark, or ASCII text with every other byte NUL) is one error, "UTF-16 text: save it
 * as UTF-8", instead of thousands of NUL characters and invalid bytes.
 */
public final class Utf8Text {

    /** Code of a file that is not valid UTF-8. */
    public static final String INVALID_UTF8 = "invalid-utf8";
    /** Code of a file in UTF-16 or UTF-32. */
    public static final String UTF16 = "utf16-text";
    /** Code of a file that cannot be read (missing, not a regular file, an I/O error). */
    public static final String UNREADABLE = "unreadable";

    /** How many leading bytes are looked at to tell UTF-16 without a byte order mark. */
    private static final int SNIFF = 4096;

    /** The largest file read into memory at once: 1 GiB (a Java array holds at most 2 GiB). */
    public static final long MAX_BYTES = 1L << 30;

    private static final int READ_CHUNK = 64 * 1024;

    private Utf8Text() {}

    /**
     * A decoded file: its text (a leading byte order mark dropped, each invalid byte replaced by U+FFFD) and
     * where the invalid bytes were.
     */
    public record Decoded(String text, boolean byteOrderMark, List<InvalidByte> invalidBytes) {
        public Decoded {
            invalidBytes = List.copyOf(invalidBytes);
        }
    }

    /** A byte that is not valid UTF-8, at a 1-based line and column, and its offset in the file. */
    public record InvalidByte(int line, int column, int value, long offset) {
        /** The message every module gives for it. */
        public String message() {
            return String.format("invalid UTF-8 byte 0x%02X (byte offset %d); save the file as UTF-8", value, offset);
        }
    }

    /**
     * Decodes bytes, replacing each invalid byte by U+FFFD and listing it.
     *
     * @throws DiagnosticException with code {@value #UTF16} when the bytes are UTF-16 or UTF-32 text
     */
    public static Decoded decode(byte[] bytes, String file) {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw new DiagnosticException(
                    Diagnostic.error(file, 1, 1, UTF16, wide + " text: save it as UTF-8 (careguide reads UTF-8 only)"));
        }
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // The JDK's own decoding is the fastest; only a text with U+FFFD may have had invalid bytes.
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, bom, List.of());
        }
        List<InvalidByte> invalid = new ArrayList<>();
        return new Decoded(decodeReporting(bytes, start, invalid), bom, invalid);
    }

    /**
     * Decodes bytes that must be valid UTF-8; a leading byte order mark is dropped.
     *
     * @throws DiagnosticException naming the first invalid byte's line and column ({@value #INVALID_UTF8}), or
     *         for UTF-16/UTF-32 text ({@value #UTF16})
     */
    public static String strict(byte[] bytes, String file) {
        Decoded decoded = decode(bytes, file);
        if (!decoded.invalidBytes().isEmpty()) {
            InvalidByte first = decoded.invalidBytes().get(0);
            throw new DiagnosticException(
                    Diagnostic.error(file, first.line(), first.column(), INVALID_UTF8, first.message()));
        }
        return decoded.text();
    }

    /**
     * Reads a regular file and decodes it as {@link #decode} does, a chunk of whole lines at a time, so a large
     * file costs its text alone rather than its bytes, a decoding buffer and its text at once (UTF-8 splits
     * cleanly after a line feed). A text with U+FFFD, which may come from invalid bytes, is decoded again from the
     * whole file to report them.
     *
     * @throws DiagnosticException with code {@value #UNREADABLE} or {@value #UTF16}
     */
    public static Decoded readDecoded(Path path, String name) {
        long size = readableSize(path, name);
        StringBuilder text = new StringBuilder((int) size);
        boolean bom = false;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] chunk = new byte[READ_CHUNK];
            int n = 0;
            boolean first = true;
            while (true) {
                n += in.readNBytes(chunk, n, chunk.length - n);
                boolean end = n < chunk.length;
                if (first) {
                    decodeHead(Arrays.copyOf(chunk, Math.min(n, SNIFF)), name);
                    bom = n >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB && (chunk[2] & 0xFF) == 0xBF;
                    if (bom) {
                        n -= 3;
                        System.arraycopy(chunk, 3, chunk, 0, n);
                    }
                    first = false;
                }
                int cut = end ? n : lastLineFeed(chunk, n) + 1;
                if (cut == 0 && !end) {
                    // A line longer than the chunk: read on until its end.
                    chunk = Arrays.copyOf(chunk, chunk.length * 2);
                    continue;
                }
                text.append(new String(chunk, 0, cut, StandardCharsets.UTF_8));
                if (end) {
                    break;
                }
                n -= cut;
                System.arraycopy(chunk, cut, chunk, 0, n);
            }
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(name, 0, 0, UNREADABLE, "cannot read file: " + e), e);
        }
        if (text.indexOf("\uFFFD") >= 0) {
            return decode(readBytes(path, name), name);
        }
        return new Decoded(text.toString(), bom, List.of());
    }

    /** Throws what {@link #decode} throws for a file that begins with {@code head}: UTF-16 or UTF-32 text. */
    private static void decodeHead(byte[] head, String name) {
        String wide = wideEncoding(head);
        if (wide != null) {
            throw new DiagnosticException(
                    Diagnostic.error(name, 1, 1, UTF16, wide + " text: save it as UTF-8 (careguide reads UTF-8 only)"));
        }
    }

    private static int lastLineFeed(byte[] b, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Reads a regular file and decodes it strictly; {@code name} names it in diagnostics. */
    public static String read(Path path, String name) {
        return strict(readBytes(path, name), name);
    }

    /**
     * The bytes of a regular file. A device, a pipe or a folder is refused before it is opened (reading a pipe
     * would wait forever), as is a file that cannot be read.
     *
     * @throws DiagnosticException with code {@value #UNREADABLE}
     */
    public static byte[] readBytes(Path path, String name) {
        long size = readableSize(path, name);
        try (InputStream in = Files.newInputStream(path)) {
            return readAll(in, (int) size);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(name, 0, 0, UNREADABLE, "cannot read file: " + e), e);
        }
    }

    /** The size of a regular file careguide reads, refusing what {@link #readBytes} refuses. */
    private static long readableSize(Path path, String name) {
        if (!Files.isRegularFile(path)) {
            String what = !Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "does not exist"
                    : Files.isDirectory(path)
                            ? "is a folder, not a file"
                            : Files.isSymbolicLink(path) && !Files.exists(path)
                                    ? "is a broken symbolic link"
                                    : "is not a regular file (a device, pipe or socket)";
            throw new DiagnosticException(Diagnostic.error(name, 0, 0, UNREADABLE, what));
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new DiagnosticException(Diagnostic.error(
                        name,
                        0,
                        0,
                        UNREADABLE,
                        "is " + size + " bytes, more than the " + MAX_BYTES
                                + " careguide reads from one file; split it"));
            }
            return size;
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(name, 0, 0, UNREADABLE, "cannot read file: " + e), e);
        }
    }

    /**
     * Everything {@code in} holds, read in chunks into an array of the expected size (grown if the file grew): one
     * read of a whole large file would make the JDK allocate, and keep for the thread, a native buffer as large.
     */
    private static byte[] readAll(InputStream in, int expected) throws IOException {
        byte[] bytes = new byte[expected];
        int n = 0;
        while (true) {
            if (n == bytes.length) {
                int next = in.read();
                if (next < 0) {
                    return bytes;
                }
                if (bytes.length >= MAX_BYTES) {
                    throw new IOException("more than " + MAX_BYTES + " bytes");
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(8192, 2L * bytes.length)));
                bytes[n++] = (byte) next;
            }
            int read = in.read(bytes, n, Math.min(READ_CHUNK, bytes.length - n));
            if (read < 0) {
                return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
            }
            n += read;
        }
    }

    /** "UTF-16" or "UTF-32" when the bytes are text in that encoding, else {@code null}. */
    static String wideEncoding(byte[] b) {
        int n = b.length;
        if (n >= 4
                && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
                        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (n >= 2
                && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return "UTF-16";
        }
        int limit = Math.min(n, SNIFF) & ~1;
        if (limit < 16) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < limit; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = limit / 2;
        // Latin text in UTF-16 has a NUL in nearly every pair, on one side only.
        boolean wide = (evenNul * 10 >= pairs * 3 && oddNul * 10 < pairs)
                || (oddNul * 10 >= pairs * 3 && evenNul * 10 < pairs);
        return wide ? "UTF-16" : null;
    }

    private static String decodeReporting(byte[] b, int start, List<InvalidByte> invalid) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        // UTF-8 never gives more UTF-16 units than bytes, and each invalid byte gives one U+FFFD.
        CharBuffer out = CharBuffer.allocate(b.length - start);
        char[] chars = out.array();
        int line = 1;
        int column = 1;
        int scanned = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (!result.isError()) {
                throw new IllegalStateException("UTF-8 decoding overflowed: " + result);
            }
            int bad = in.position();
            for (int end = out.position(); scanned < end; scanned++) {
                char c = chars[scanned];
                if (c == '\n' || (c == '\r' && peekNotLf(chars, scanned, end, b, bad))) {
                    line++;
                    column = 1;
                } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            invalid.add(new InvalidByte(line, column, b[bad] & 0xFF, bad));
            out.put('\uFFFD');
            scanned++;
            column++;
            in.position(bad + 1);
        }
        decoder.flush(out);
        return new String(chars, 0, out.position());
    }

    /** Whether the CR at {@code i} is not followed by LF (in the decoded chars, or at the invalid byte). */
    private static boolean peekNotLf(char[] chars, int i, int end, byte[] bytes, int bad) {
        if (i + 1 < end) {
            return chars[i + 1] != '\n';
        }
        return bytes[bad] != '\n';
    }

    /**
     * Where the first surrogate without its other half stands in {@code text} at or after {@code from}, or -1: such a
     * half is no character, and JSON, YAML and CSV writers each write it differently.
     */
    public static int loneSurrogate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
