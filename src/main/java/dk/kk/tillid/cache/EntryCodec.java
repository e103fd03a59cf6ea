package dk.kk.tillid.cache;

import dk.kk.tillid.files.Sha256;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.problem.Severity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes of a cache entry: a header (magic, format version, the tool's fingerprint), the entry, and a
 * SHA-256 of all that. Reading checks the checksum first, so a truncated file or garbage is never parsed as
 * an entry, and then the header, so another version's entry is never used. A plain format of our own rather
 * than Java serialization: a file under target/ must never be able to make the tool instantiate classes.
 */
final class EntryCodec {
    static final byte[] MAGIC = "TILLID-BUILD-CACHE".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    private static final int CHECKSUM = 32;

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
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            string(out, tool);
            out.writeInt(entry.inputs().size());
            for (Map.Entry<String, String> input : entry.inputs().entrySet()) {
                string(out, input.getKey());
                string(out, input.getValue());
            }
            out.writeInt(entry.warnings().size());
            for (Diagnostic warning : entry.warnings()) {
                string(out, warning.severity().name());
                string(out, warning.file());
                out.writeInt(warning.line());
                string(out, warning.message());
                out.writeBoolean(warning.fix() != null);
                if (warning.fix() != null) {
                    string(out, warning.fix());
                }
            }
            value(out, entry.model());
            out.flush();
            byte[] body = bytes.toByteArray();
            byte[] all = Arrays.copyOf(body, body.length + CHECKSUM);
            System.arraycopy(Sha256.of(body), 0, all, body.length, CHECKSUM);
            return all;
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
    }

    /** The entry, or empty when the bytes are damaged, of another format or of another tool. */
    static Optional<CachedConversion> decode(byte[] all, String tool) {
        if (all.length < MAGIC.length + CHECKSUM) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(all, all.length - CHECKSUM);
        if (!Arrays.equals(Sha256.of(body), Arrays.copyOfRange(all, body.length, all.length))) {
            return Optional.empty();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !string(in).equals(tool)) {
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
                int line = in.readInt();
                String message = string(in);
                String fix = in.readBoolean() ? string(in) : null;
                warnings.add(new Diagnostic(severity, file, line, message, fix));
            }
            if (!(value(in) instanceof Map<?, ?> model) || in.available() > 0) {
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

    /** The fingerprint of the tool that wrote {@code head}, the start of an entry; empty when it is not one of ours. */
    static Optional<String> tool(byte[] head) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(head));
            byte[] magic = in.readNBytes(MAGIC.length);
            return Arrays.equals(magic, MAGIC) && in.readInt() == FORMAT ? Optional.of(string(in)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            string(out, text);
        } else if (value instanceof Integer number) {
            out.writeByte(INTEGER);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Boolean flag) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(flag);
        } else if (value instanceof Date date) {
            out.writeByte(DATE);
            out.writeLong(date.getTime());
        } else if (value instanceof String[] texts) {
            out.writeByte(STRINGS);
            out.writeInt(texts.length);
            for (String text : texts) {
                string(out, text);
            }
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
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

    private static Object value(DataInputStream in) throws IOException {
        byte type = in.readByte();
        switch (type) {
            case NULL:
                return null;
            case STRING:
                return string(in);
            case INTEGER:
                return in.readInt();
            case LONG:
                return in.readLong();
            case BOOLEAN:
                return in.readBoolean();
            case DATE:
                return new Date(in.readLong());
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

    /** Text of any length as UTF-8 with its byte count (DataOutput's own UTF stops at 64 KB). */
    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = count(in);
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("impossible length " + count);
        }
        return count;
    }
}
