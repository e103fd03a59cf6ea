package dk.kk.tillid.bake;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;
import org.asciidoctor.log.LogRecord;

import java.util.function.Consumer;

/**
 * One Asciidoctor (one JRuby) per JVM: starting JRuby costs seconds, so a warm preview must reuse it.
 * Each conversion routes Asciidoctor's log and the parsed document to the thread that asked for it.
 */
final class AsciidoctorRuntime {
    private static final ThreadLocal<Conversion> CURRENT = new ThreadLocal<>();
    private static volatile Asciidoctor instance;

    private AsciidoctorRuntime() {
    }

    static Asciidoctor get() {
        Asciidoctor local = instance;
        if (local == null) {
            synchronized (AsciidoctorRuntime.class) {
                local = instance;
                if (local == null) {
                    local = Asciidoctor.Factory.create();
                    local.registerLogHandler(AsciidoctorRuntime::route);
                    local.javaExtensionRegistry().postprocessor(new CaptureDocument());
                    // The first conversion loads the rest of Asciidoctor; two threads doing that at once make
                    // JRuby load its extension classes twice and print a warning to the editor's terminal.
                    local.convert("", Options.builder().build());
                    instance = local;
                }
            }
        }
        return local;
    }

    /** Whether this JVM has started Asciidoctor (and so JRuby); a build whose pages all come from the cache does not. */
    static boolean started() {
        return instance != null;
    }

    /** Runs a conversion, handing its log records to {@code log} and its document to the caller's holder. */
    static Conversion begin(Consumer<LogRecord> log) {
        Conversion conversion = new Conversion(log);
        CURRENT.set(conversion);
        return conversion;
    }

    static void end() {
        CURRENT.remove();
    }

    private static void route(LogRecord logRecord) {
        Conversion conversion = CURRENT.get();
        if (conversion != null) {
            conversion.log.accept(logRecord);
        }
    }

    static final class Conversion {
        private final Consumer<LogRecord> log;
        private Document document;

        private Conversion(Consumer<LogRecord> log) {
            this.log = log;
        }

        Document document() {
            return document;
        }
    }

    /** Keeps the parsed document, so the header is read from the same parse as the body (JBake parses twice). */
    private static final class CaptureDocument extends Postprocessor {
        @Override
        public String process(Document document, String output) {
            Conversion conversion = CURRENT.get();
            if (conversion != null) {
                conversion.document = document;
            }
            return output;
        }
    }
}
