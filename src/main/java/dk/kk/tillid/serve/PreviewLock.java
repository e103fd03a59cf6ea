package dk.kk.tillid.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One preview per project: a second one would delete the first one's staging folders at its start and bake into
 * the same folder. The operating system's lock on a file under target/ is let go when the process ends however it
 * ends (Ctrl+C, kill -9), so a killed preview never blocks the next one; the file holds the address it answers on.
 */
final class PreviewLock implements AutoCloseable {
    static final String FILE = "target/preview.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private PreviewLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the project's lock, or tells who has it, having changed nothing. */
    static PreviewLock take(Path projectRoot) throws IOException {
        Path file = projectRoot.resolve(FILE);
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // The exception's own message is the machine's path.
            throw new IOException(FILE + " kunne ikke oprettes eller åbnes. Ret: Sørg for, at du må skrive i projektets"
                    + " mappe target/, eller slet filen, og start serve igen.", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // A preview of this project in this very JVM.
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String address = readAddress(channel);
            channel.close();
            throw new PreviewServer.AlreadyRunningException(address);
        }
        return new PreviewLock(channel, lock);
    }

    /** Written once the port is bound, for a second preview's message. */
    void tell(URI address) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(address.toString().getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // Only the second preview's message then lacks the address.
        }
    }

    private static String readAddress(FileChannel channel) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(200);
            channel.read(bytes, 0);
            String address = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip();
            return address.matches("http://[\\[\\]0-9A-Za-z.:%-]+/") ? address : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }
}
