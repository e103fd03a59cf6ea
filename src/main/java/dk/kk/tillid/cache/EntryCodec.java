package dk.kk.tillid.cache;

import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.problem.Severity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The bytes of a cache entry: a header (magic, format version, the tool's fingerprint), the entry, and a
 * CRC-32C of all that. Reading checks the checksum first, so a truncated file or garbage is never parsed as
 * an entry, and then the header, so another version's entry is never used. A plain format of our own rather
 * than Java serialization: a file under target/ must never be able to make the tool instantiate classes.
 */
final class EntryCodec {
    static final byte[] MAGIC = "TILLID-BUILD-CACHE".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 2;
    /** A CRC-32C, as the link check's cache has: a record of 10,000 pages took SHA-256 0.1 s to read and as long to write. */
    private static final int CHECKSUM = Integer.BYTES;

    private static final byte STRING = 1;
    private static final byte INTEGER = 2;
    private static final byte LONG = 3;
    private static final byte BOOLEAN = 4;
    private static final byte DATE = 5;
    private static final byte STRINGS = 6;
    private static final byte LIST = 7;
    private static final byte MAP = 8;
    private static final byte NULL = 9;

    private EntryCodec() {
    }

    /** @throws IllegalArgumentException when the model holds a value the format has no place for */
    static byte[] encode(CachedConversion entry, String tool) {
        Out out = new Out();
        out.bytes(MAGIC);
        out.putInt(FORMAT);
        string(out, tool);
        out.putInt(entry.inputs().size());
        for (Map.Entry<String, String> input : entry.inputs().entrySet()) {
            string(out, input.getKey());
            string(out, input.getValue());
        }
        out.putInt(entry.warnings().size());
        for (Diagnostic warning : entry.warnings()) {
            string(out, warning.severity().name());
            string(out, warning.file());
            out.putInt(warning.line());
            string(out, warning.message());
            out.put(warning.fix() != null ? 1 : 0);
            if (warning.fix() != null) {
                string(out, warning.fix());
            }
        }
        value(out, entry.model());
        return out.withChecksum();
    }

    /**
     * The bytes as {@link java.io.DataOutputStream} writes them (big-endian), into one growing array: a record of
     * 10,000 pages is millions of small writes, which through a stream each took a lock.
     */
    private static final class Out {
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        private ByteBuffer room(int bytes) {
            if (buffer.remaining() < bytes) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(2 * buffer.capacity(), buffer.position() + bytes));
                buffer.flip();
                bigger.put(buffer);
                buffer = bigger;
            }
            return buffer;
        }

        void put(int b) {
            room(1).put((byte) b);
        }

        void putInt(int value) {
            room(Integer.BYTES).putInt(value);
        }

        void putLong(long value) {
            room(Long.BYTES).putLong(value);
        }

        void bytes(byte[] bytes) {
            room(bytes.length).put(bytes);
        }

        byte[] withChecksum() {
            int length = buffer.position();
            putInt(checksum(buffer.array(), length));
            return Arrays.copyOf(buffer.array(), length + CHECKSUM);
        }
    }

    /** Whether {@code all} ends with the checksum of the rest: written whole, whichever tool wrote it. */
    static boolean whole(byte[] all) {
        int length = all.length - CHECKSUM;
        return length >= MAGIC.length && checksum(all, length) == ByteBuffer.wrap(all, length, CHECKSUM).getInt();
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** The entry, or empty when the bytes are damaged, of another format or of another tool. */
    static Optional<CachedConversion> decode(byte[] all, String tool) {
        if (all.length < MAGIC.length + CHECKSUM) {
            return Optional.empty();
        }
        if (!whole(all)) {
            return Optional.empty();
        }
        int length = all.length - CHECKSUM;
        try {
            ByteBuffer in = ByteBuffer.wrap(all, 0, length);
            if (!magic(in) || in.getInt() != FORMAT || !string(in).equals(tool)) {
                return Optional.empty();
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            for (int i = count(in); i > 0; i--) {
                inputs.put(string(in), string(in));
            }
            List<Diagnostic> warnings = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                Severity severity = Severity.valueOf(string(in));
                String file = string(in);
                int line = in.getInt();
                String message = string(in);
                String fix = flag(in) ? string(in) : null;
                warnings.add(new Diagnostic(severity, file, line, message, fix));
            }
            if (!(value(in) instanceof Map<?, ?> model) || in.hasRemaining()) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) model;
            return Optional.of(new CachedConversion(inputs, warnings, typed));
        } catch (IOException | RuntimeException e) {
            // A checksum that matches over bytes we did not write: as damaged as any other.
            return Optional.empty();
        }
    }

    /**
     * The fingerprint of the tool that wrote {@code head}, the start of an entry; empty when it is not one of ours. An
     * entry of another format was written by another version of the tool, whatever fingerprint it names.
     */
    static Optional<String> tool(byte[] head) {
        try {
            ByteBuffer in = ByteBuffer.wrap(head);
            if (!magic(in)) {
                return Optional.empty();
            }
            int format = in.getInt();
            return Optional.of(format == FORMAT ? string(in) : "format " + format);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean magic(ByteBuffer in) {
        if (in.remaining() < MAGIC.length) {
            return false;
        }
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        return Arrays.equals(magic, MAGIC);
    }

    private static void value(Out out, Object value) {
        if (value == null) {
            out.put(NULL);
        } else if (value instanceof String text) {
            out.put(STRING);
            string(out, text);
        } else if (value instanceof Integer number) {
            out.put(INTEGER);
            out.putInt(number);
        } else if (value instanceof Long number) {
            out.put(LONG);
            out.putLong(number);
        } else if (value instanceof Boolean flag) {
            out.put(BOOLEAN);
            out.put(flag ? 1 : 0);
        } else if (value instanceof Date date) {
            out.put(DATE);
            out.putLong(date.getTime());
        } else if (value instanceof String[] texts) {
            out.put(STRINGS);
            out.putInt(texts.length);
            for (String text : texts) {
                string(out, text);
            }
        } else if (value instanceof List<?> list) {
            out.put(LIST);
            out.putInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.put(MAP);
            out.putInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a map key that is not text");
                }
                string(out, key);
                value(out, entry.getValue());
            }
        } else {
            throw new IllegalArgumentException("no place in a cache entry for " + value.getClass().getSimpleName());
        }
    }

    // Read from the bytes in place: a record of 10,000 pages is millions of small reads, each a lock on a stream.
    private static Object value(ByteBuffer in) throws IOException {
        byte type = in.get();
        switch (type) {
            case NULL:
                return null;
            case STRING:
                return string(in);
            case INTEGER:
                return in.getInt();
            case LONG:
                return in.getLong();
            case BOOLEAN:
                return flag(in);
            case DATE:
                return new Date(in.getLong());
            case STRINGS: {
                String[] texts = new String[count(in)];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = string(in);
                }
                return texts;
            }
            case LIST: {
                List<Object> list = new ArrayList<>();
                for (int i = count(in); i > 0; i--) {
                    list.add(value(in));
                }
                return list;
            }
            case MAP: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = count(in); i > 0; i--) {
                    map.put(string(in), value(in));
                }
                return map;
            }
            default:
                throw new IOException("unknown value type " + type);
        }
    }

    /** One byte, 1 or 0, as {@link java.io.DataOutputStream#writeBoolean} writes it. */
    private static boolean flag(ByteBuffer in) {
        return in.get() != 0;
    }

    /** Text of any length as UTF-8 with its byte count (DataOutput's own UTF stops at 64 KB). */
    private static void string(Out out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.putInt(bytes.length);
        out.bytes(bytes);
    }

    private static String string(ByteBuffer in) throws IOException {
        int length = count(in);
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static int count(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IOException("impossible length " + count);
        }
        return count;
    }
}
