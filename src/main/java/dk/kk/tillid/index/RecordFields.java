package dk.kk.tillid.index;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The length-prefixed fields of the index's cache files ({@link PageCache}, {@link PostingStore}): a count that
 * promises more than the file holds marks the file cut short, so it is ignored rather than read past its end.
 */
final class RecordFields {
    private RecordFields() {
    }

    static ByteBuffer slice(ByteBuffer in) throws IOException {
        int length = count(in, 1);
        ByteBuffer slice = in.slice(in.position(), length);
        in.position(in.position() + length);
        return slice;
    }

    static int count(ByteBuffer in, int bytesEach) throws IOException {
        int count = in.getInt();
        if (count < 0 || (long) count * bytesEach > in.remaining()) {
            throw new IOException("cut short");
        }
        return count;
    }

    static String string(ByteBuffer in) throws IOException {
        byte[] utf8 = new byte[count(in, 1)];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
